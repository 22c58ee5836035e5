package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.recoverycollege.planning.control.RunCapacityRaised;

/** New places on a run go to its waiting list first, in the transaction that raised the capacity. */
@ApplicationScoped
public class WaitingListPromotion {

    @Inject
    private EnrolmentService enrolments;

    void capacityRaised(@Observes RunCapacityRaised raised) {
        enrolments.promoteFromWaitingList(raised.runId());
    }
}
