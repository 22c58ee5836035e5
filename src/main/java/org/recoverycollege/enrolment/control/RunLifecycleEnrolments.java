package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.recoverycollege.planning.control.RunLifecycleEvent;

/**
 * What a run's life means for its people, in the transaction that moved the run: when enrolment closes
 * the waiting list is closed with word to each person; when the run is cancelled every place is withdrawn.
 */
@ApplicationScoped
public class RunLifecycleEnrolments {

    @Inject
    private EnrolmentService enrolments;

    void runMoved(@Observes RunLifecycleEvent event) {
        switch (event.kind()) {
            case ENROLMENT_CLOSED -> enrolments.closeWaitingList(event.runId());
            case CANCELLED -> enrolments.runCancelled(event.runId(), event.actor(), event.reason());
            default -> {
                // starting and completing change nothing about places
            }
        }
    }
}
