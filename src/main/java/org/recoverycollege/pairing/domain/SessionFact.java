package org.recoverycollege.pairing.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;

/**
 * One session of a run as the solver sees it: when, where (venue id, or online), and its week of the term
 * (1 for the term's first week) for explanations.
 */
public record SessionFact(long id, long runId, LocalDate date, LocalTime start, LocalTime end, long venueId,
        boolean online, int termWeek) {

    /** ISO week-based year and week, e.g. 202647: the weekly maximum counts sessions per ISO week. */
    public int isoWeek() {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    /**
     * True when one person cannot attend both: they overlap, or they are at different venues (neither
     * online) with less than the travel gap between them.
     */
    public boolean clashesWith(SessionFact other, Duration travelGap) {
        boolean travel = venueId != other.venueId && !online && !other.online;
        Duration gap = travel ? travelGap : Duration.ZERO;
        LocalDateTime myStart = date.atTime(start);
        LocalDateTime myEnd = date.atTime(end);
        LocalDateTime theirStart = other.date.atTime(other.start);
        LocalDateTime theirEnd = other.date.atTime(other.end);
        return myStart.isBefore(theirEnd.plus(gap)) && theirStart.isBefore(myEnd.plus(gap));
    }
}
