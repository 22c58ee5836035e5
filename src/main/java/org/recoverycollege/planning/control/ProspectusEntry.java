package org.recoverycollege.planning.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** One published run as the public prospectus shows it. */
public record ProspectusEntry(
        long runId,
        String courseSlug,
        String title,
        String categoryName,
        LocalDate firstDate,
        LocalTime startsAt,
        LocalTime endsAt,
        int sessionCount,
        String venueName,
        boolean online,
        int placesLeft,
        boolean enrolmentOpen) implements Serializable {

    public boolean isFull() {
        return placesLeft <= 0;
    }

    public DayOfWeek dayOfWeek() {
        return firstDate.getDayOfWeek();
    }
}
