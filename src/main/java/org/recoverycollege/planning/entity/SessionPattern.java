package org.recoverycollege.planning.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * How a run's sessions are laid out: the first date, the local start and end time, how often, how many.
 * Sessions are wall-clock times in the college's zone, so a 10:00 session stays at 10:00 across the
 * change to or from summer time; nothing here touches instants or offsets.
 */
public record SessionPattern(LocalDate firstDate, LocalTime startsAt, LocalTime endsAt, Recurrence recurrence,
        int count) {

    public SessionPattern {
        Objects.requireNonNull(firstDate, "first date");
        Objects.requireNonNull(startsAt, "start time");
        Objects.requireNonNull(endsAt, "end time");
        Objects.requireNonNull(recurrence, "recurrence");
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("A session must end after it starts: " + startsAt + "-" + endsAt);
        }
        if (count < 1) {
            throw new IllegalArgumentException("A pattern has at least one session, not " + count);
        }
    }

    /** The dates of the sessions, in order. */
    public List<LocalDate> dates() {
        return IntStream.range(0, count)
                .mapToObj(i -> firstDate.plusWeeks((long) i * recurrence.weeks()))
                .toList();
    }

    /** Adds the pattern's sessions to the run, after any it already has. */
    public List<CourseSession> applyTo(CourseRun run) {
        return dates().stream().map(date -> run.addSession(date, startsAt, endsAt)).toList();
    }
}
