package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;

/** What an enrolment request gave: a confirmed place, or a place on the waiting list at a position (1 is next). */
public record EnrolmentOutcome(long enrolmentId, EnrolmentStatus status, int waitingListPosition)
        implements Serializable {

    public boolean isConfirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }
}
