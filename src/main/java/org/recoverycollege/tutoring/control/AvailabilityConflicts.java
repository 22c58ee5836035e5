package org.recoverycollege.tutoring.control;

import java.time.LocalDate;
import java.util.List;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Tutor;

/** Which of a tutor's confirmed sessions, from a day on, their availability no longer holds. */
public final class AvailabilityConflicts {

    private AvailabilityConflicts() {
    }

    public static List<CourseSession> unavailable(Tutor tutor, List<CourseSession> sessions, LocalDate from) {
        return sessions.stream()
                .filter(s -> !s.isCancelled() && !s.getSessionDate().isBefore(from))
                .filter(s -> !tutor.isAvailableAt(s.getSessionDate(), s.getStartsAt(), s.getEndsAt(),
                        s.getRun().getVenue()))
                .toList();
    }
}
