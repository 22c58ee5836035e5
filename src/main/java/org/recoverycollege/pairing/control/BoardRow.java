package org.recoverycollege.pairing.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.recoverycollege.pairing.domain.Reason;

/**
 * One run on the pairing board: what and when, its two places, and the reasons the pairing explains:
 * problems (a hard rule broken or a place empty) and notes (preferences the pair does not meet).
 */
public record BoardRow(long runId, long courseId, String courseTitle, long venueId, String venueName, DayOfWeek day,
        LocalTime startsAt, LocalTime endsAt, LocalDate firstDate, int sessionCount, Place peer, Place professional,
        List<Reason> problems, List<Reason> notes) implements Serializable {

    /** A place's tutor and the state of their assignment; null tutor when the place is empty. */
    public record Place(Long tutorId, String tutorName, String status, boolean published) implements Serializable {

        public boolean isFilled() {
            return tutorId != null;
        }
    }

    public boolean isUnpaired() {
        return !peer.isFilled() || !professional.isFilled();
    }

    /** Some hard rule broken (problems that are not only empty places). */
    public boolean isConflicted() {
        return problems.stream().anyMatch(r -> !r.key().startsWith(EMPTY_PLACE_REASONS));
    }

    /** Both places are published: nothing on this run can change on the board. */
    public boolean isLocked() {
        return peer.published() && professional.published();
    }

    static final String EMPTY_PLACE_REASONS = "pairing.reason.empty.";
}
