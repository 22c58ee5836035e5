package org.recoverycollege.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * Sends queued mail in a sweep every {@code app.mail.sweep-seconds} (5 by default), which also retries
 * failures with backoff. Every instance sweeps; the claim in {@link OutboxStore} makes sure each mail is sent by one of
 * them. Sending only from the scheduler's own threads (never from a thread handed the request's context)
 * keeps the request's persistence context untouched.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private OutboxStore store;

    @Inject
    private MailSender sender;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "app.mail.sweep-seconds", defaultValue = "5")
    private int sweepSeconds;

    private ScheduledFuture<?> sweeping;

    void startSweeping(@Observes DatabaseMigrated migrated) {
        if (sweepSeconds < 1) {
            throw new IllegalStateException("app.mail.sweep-seconds must be at least 1, not " + sweepSeconds);
        }
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopSweeping() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    /** Sends every due mail; safe to run on every instance at once. */
    public void sweep() {
        try {
            store.dueIds(OffsetDateTime.now(clock)).forEach(this::deliver);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail sweep failed; the next sweep retries", e);
        }
    }

    private void deliver(long mailId) {
        store.claim(mailId, OffsetDateTime.now(clock)).ifPresent(mail -> {
            try {
                sender.send(mail);
                store.markSent(mailId, OffsetDateTime.now(clock));
            } catch (MessagingException | RuntimeException e) {
                // the address is personal data: log the mail's id only
                LOG.log(Level.WARNING, "Sending mail {0} failed ({1}); it will be retried",
                        new Object[] {mailId, e.getClass().getSimpleName()});
                store.markFailed(mailId, OffsetDateTime.now(clock));
            }
        });
    }
}
