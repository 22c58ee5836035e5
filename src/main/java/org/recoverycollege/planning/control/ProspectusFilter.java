package org.recoverycollege.planning.control;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.recoverycollege.catalogue.entity.DeliveryMode;

/**
 * What a visitor asked the prospectus for; every field is optional (null or false for "any"). The text
 * matches words in titles and summaries, ignoring case; "with places" means places someone can take today
 * (free and open for enrolment).
 */
public record ProspectusFilter(String text, String categorySlug, DeliveryMode mode, Long venueId, DayOfWeek day,
        TimeOfDay timeOfDay, boolean withPlaces) {

    public static final ProspectusFilter ANY = new ProspectusFilter(null, null, null, null, null, null, false);

    /** Parts of the day, by the time a session starts. */
    public enum TimeOfDay {
        MORNING, AFTERNOON, EVENING;

        public static TimeOfDay of(LocalTime start) {
            if (start.isBefore(LocalTime.NOON)) {
                return MORNING;
            }
            return start.isBefore(LocalTime.of(17, 0)) ? AFTERNOON : EVENING;
        }
    }

    /** True when the text appears in the title or summary (every word of it, in any order). */
    boolean matchesText(String title, String summary) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = (title + " " + summary).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
