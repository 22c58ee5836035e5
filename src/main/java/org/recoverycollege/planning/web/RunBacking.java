package org.recoverycollege.planning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.recoverycollege.planning.control.RunPlanning;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /admin/run?id=}: one run: publish or unpublish, capacity, cancelling it; its sessions are in
 * {@link RunSessionsBacking}, its people in {@code RunEnrolmentsBacking}.
 */
@Named
@ViewScoped
public class RunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunPlanning planning;
    @Inject
    private Caller caller;

    @Inject
    @Param
    private Long id;
    @Min(value = 1, message = "{input.atLeast}")
    private int capacity;
    private String cancelReason;
    private transient CourseRun run;

    @PostConstruct
    void load() {
        if (getRun() == null) {
            id = null;
        } else {
            capacity = run.getCapacity();
        }
    }

    /** The run, or null when the address names none. */
    public CourseRun getRun() {
        if (run == null && id != null) {
            run = planning.findRun(id).orElse(null);
        }
        return run;
    }

    public void publish() {
        act(() -> planning.publish(caller.name(), id), "runs.published");
    }

    public void unpublish() {
        act(() -> planning.unpublish(caller.name(), id), "runs.unpublished");
    }

    public void cancelRun() {
        act(() -> planning.cancelRun(caller.name(), id, cancelReason), "runs.runCancelled");
        cancelReason = null;
    }

    public void changeCapacity() {
        act(() -> planning.changeCapacity(caller.name(), id, capacity), "runs.capacityChanged");
    }

    /** Does what was asked and says so; either way the page shows the run as it is now. */
    public void act(Runnable action, String doneKey) {
        try {
            action.run();
            UserMessages.info(doneKey);
        } finally {
            run = null;
            capacity = getRun().getCapacity();
        }
    }

    public Long getId() { return id; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
