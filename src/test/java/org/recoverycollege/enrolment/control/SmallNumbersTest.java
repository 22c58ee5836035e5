package org.recoverycollege.enrolment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an administrator sees of equality monitoring counts: no number from 1 to 4, and none derivable. */
class SmallNumbersTest {

    private static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }

    private static List<String> shown(Map<String, Long> counts) {
        return SmallNumbers.cells(counts).stream().map(SmallNumbers.Cell::shown).toList();
    }

    @Test
    void countsOfFiveOrMoreAndZeroAreShownAsTheyAre() {
        assertThat(shown(counts("woman", 12, "man", 5, "nonBinary", 0, "notAnswered", 30)))
                .containsExactly("12", "5", "0", "30");
    }

    @Test
    void countsFromOneToFourAreHidden() {
        assertThat(shown(counts("a", 1, "b", 4, "c", 9, "d", 20))).containsExactly("< 5", "< 5", "9", "20");
    }

    @Test
    void aLoneHiddenCountTakesTheNextSmallestWithItSoTheTotalCannotRevealIt() {
        // total 33: with only "b" hidden, 33 - 12 - 7 - 11 would give b = 3
        List<SmallNumbers.Cell> cells = SmallNumbers.cells(counts("a", 12, "b", 3, "c", 7, "d", 11));
        assertThat(cells).extracting(SmallNumbers.Cell::shown).containsExactly("12", "< 5", "< 5", "11");
        assertThat(cells).extracting(SmallNumbers.Cell::hidden).containsExactly(false, true, true, false);
    }

    @Test
    void theSecondHiddenCountMayBeAZeroSoThatNobodyCanTellWhereTheSmallNumberIs() {
        assertThat(shown(counts("a", 40, "b", 2, "c", 0, "d", 8))).containsExactly("40", "< 5", "< 5", "8");
    }

    @Test
    void twoHiddenCountsAlreadyProtectEachOther() {
        assertThat(shown(counts("a", 40, "b", 2, "c", 3, "d", 8))).containsExactly("40", "< 5", "< 5", "8");
    }

    @Test
    void smallTotalsAreHiddenToo() {
        assertThat(SmallNumbers.total(0)).isEqualTo("0");
        assertThat(SmallNumbers.total(3)).isEqualTo("< 5");
        assertThat(SmallNumbers.total(5)).isEqualTo("5");
    }
}
