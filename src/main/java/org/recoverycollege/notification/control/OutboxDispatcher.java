package org.recoverycollege.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recoverycollege.platform.control.DatabaseMigrated;

/**
 * Sends queued mail: at once after the queuing transaction commits, and in a sweep every
 * {@value #SWEEP_SECONDS} seconds that retries failures with backoff. Every instance sweeps; the claim in
 * {@link OutboxStore} makes sure each mail is sent by one of them.
 */
@ApplicationScoped
public class OutboxDispatcher {

    static final int SWEEP_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OutboxStore store;

    @Inject
    private MailSender sender;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> sweeping;

    void startSweeping(@Observes DatabaseMigrated migrated) {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopSweeping() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(() -> deliver(queued.mailId()));
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
