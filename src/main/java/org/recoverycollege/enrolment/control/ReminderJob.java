package org.recoverycollege.enrolment.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * Reminds students of each of their sessions a few days before it (the setting reminder.days-before, 2 by
 * default). Runs every {@value #EVERY_MINUTES} minutes on every instance; each session and place is claimed
 * in the database ({@link Reminders#remind}), so each reminder goes out once, also after a restart.
 */
@ApplicationScoped
public class ReminderJob {

    static final int EVERY_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Reminders reminders;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseMigrated migrated) {
        schedule = scheduler.scheduleWithFixedDelay(this::sendDueReminders, 1, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Sends the reminders due now; returns how many reminders this instance queued. */
    public int sendDueReminders() {
        int sent = 0;
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDate until = now.toLocalDate().plusDays(reminders.daysBefore());
            for (Reminders.Due due : reminders.due(now, until)) {
                if (reminders.remind(due)) {
                    sent++;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder round failed; the next round retries", e);
        }
        return sent;
    }
}
