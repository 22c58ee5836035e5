package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Small-number suppression for equality monitoring totals. Primary: a count from 1 to 4 is shown as
 * "&lt; 5". Secondary: when a question's table would hide exactly one count, the smallest other count is
 * hidden too, so the hidden one cannot be worked out from the total and the rest. A total below 5 is
 * hidden as well. Zero is shown: it describes nobody.
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;
    public static final String HIDDEN = "< " + THRESHOLD;

    /** One count as shown: {@code key} names the answer, {@code shown} is the number or "&lt; 5". */
    public record Cell(String key, String shown, boolean hidden) implements Serializable {
    }

    private SmallNumbers() {
    }

    /** The cells of one question's table, in the order given. */
    public static List<Cell> cells(Map<String, Long> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        List<Long> values = keys.stream().map(counts::get).toList();
        boolean[] hidden = new boolean[keys.size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = isSmall(values.get(i));
        }
        if (IntStream.range(0, hidden.length).filter(i -> hidden[i]).count() == 1 && hidden.length > 1) {
            IntStream.range(0, hidden.length).filter(i -> !hidden[i]).boxed()
                    .min(Comparator.comparingLong(values::get)).ifPresent(i -> hidden[i] = true);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < hidden.length; i++) {
            cells.add(new Cell(keys.get(i), hidden[i] ? HIDDEN : Long.toString(values.get(i)), hidden[i]));
        }
        return List.copyOf(cells);
    }

    /** A total as shown: hidden when from 1 to 4. */
    public static String total(long count) {
        return isSmall(count) ? HIDDEN : Long.toString(count);
    }

    private static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }
}
