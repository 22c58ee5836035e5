package org.recoverycollege.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.recoverycollege.planning.control.RunLifecycleEvent;

/** When a run completes, its people's completions are settled from the registers, in the same transaction. */
@ApplicationScoped
public class RunCompletionSettlement {

    @Inject
    private RegisterService registers;

    void runMoved(@Observes RunLifecycleEvent event) {
        if (event.is(RunLifecycleEvent.Kind.COMPLETED)) {
            registers.settleCompletions(event.runId(), event.actor());
        }
    }
}
