package org.recoverycollege.planning.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * The clock moves every run through its life: published → running when its first session starts; its
 * enrolment closes when the session named by the setting enrolment.closes-at-session starts; running →
 * completed when its last session has ended and the tutors' register window has passed. Every instance
 * sweeps every {@code app.lifecycle.sweep-minutes} minutes (0 turns the schedule off); the steps are
 * conditional updates ({@link RunLifecycleSteps}), so sweeping at once on every instance is correct. Each round
 * ends with {@link LifecycleSwept} for the time-driven work of other features.
 */
@ApplicationScoped
public class RunLifecycle {

    /** The actor the audit log names for changes made by the clock. */
    private static final Logger LOG = Logger.getLogger(RunLifecycle.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private RunLifecycleSteps steps;

    @Inject
    private Clock clock;

    @Inject
    private Event<LifecycleSwept> swept;

    @Inject
    @ConfigProperty(name = "app.lifecycle.sweep-minutes", defaultValue = "5")
    private int everyMinutes;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseMigrated migrated) {
        if (everyMinutes > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::sweep, 1, everyMinutes, TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Moves every run the time has caught up with; returns how many steps this instance took. */
    public int sweep() {
        int taken = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            for (long runId : steps.candidates()) {
                try {
                    taken += steps.advance(runId, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Run " + runId + " could not move on; the next sweep retries", e);
                }
            }
            swept.fire(new LifecycleSwept(now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run lifecycle sweep failed; the next sweep retries", e);
        }
        return taken;
    }
}
