package org.recoverycollege.enrolment.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * The retention sweep, every {@value #EVERY_HOURS} hours on every instance (the first an hour after
 * start-up): erases the students whose time has come ({@link Retention#eraseIfDue} locks each one, so two
 * instances never erase one twice) and shreds old mail.
 */
@ApplicationScoped
public class RetentionJob {

    static final int EVERY_HOURS = 6;
    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes DatabaseMigrated migrated) {
        schedule = scheduler.scheduleWithFixedDelay(this::sweep, 60, EVERY_HOURS * 60L, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Erases whoever is due today and shreds old mail; returns how many people this instance erased. */
    public int sweep() {
        int erased = 0;
        try {
            LocalDate today = LocalDate.now(clock);
            for (Retention.Due due : retention.erasedBy(today, clock.getZone())) {
                if (retention.eraseIfDue(due.studentId(), today, clock.getZone())) {
                    erased++;
                }
            }
            retention.shredOldMail(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention sweep failed; the next sweep retries", e);
        }
        return erased;
    }
}
