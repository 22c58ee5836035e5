package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A waiting-list offer as its e-mail's link shows it: the course, its first session and place, until when the
 * place is held (college time) and what became of the offer.
 */
public record OfferView(long enrolmentId, String courseTitle, String runDescription, LocalDateTime answerBy,
        State state) implements Serializable {

    public enum State {
        /** Still held for the person: they may accept or decline. */
        OPEN,
        /** Accepted: the place is theirs. */
        ACCEPTED,
        /** Declined, ended unanswered, or the entry left the waiting list otherwise. */
        ENDED
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean isAccepted() {
        return state == State.ACCEPTED;
    }
}
