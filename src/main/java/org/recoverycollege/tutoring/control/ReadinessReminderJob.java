package org.recoverycollege.tutoring.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * Once a day (and a few minutes after start-up) reminds tutors and the office of readiness items that
 * expire soon. Every instance runs it; {@link ReadinessReminders#remind} claims each item in the database,
 * so each reminder goes out once.
 */
@ApplicationScoped
public class ReadinessReminderJob {

    private static final Logger LOG = Logger.getLogger(ReadinessReminderJob.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ReadinessReminders reminders;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseMigrated migrated) {
        schedule = scheduler.scheduleWithFixedDelay(this::sendDueReminders, 3, TimeUnit.DAYS.toMinutes(1),
                TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Sends the reminders due today; returns how many items this instance reminded of. */
    public int sendDueReminders() {
        int sent = 0;
        try {
            for (long id : reminders.due()) {
                if (reminders.remind(id)) {
                    sent++;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness reminder round failed; the next round retries", e);
        }
        return sent;
    }
}
