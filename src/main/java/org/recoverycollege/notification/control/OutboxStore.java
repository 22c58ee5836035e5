package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.notification.entity.OutboxMail;

/**
 * The outbox's short transactions. A mail is claimed with a conditional UPDATE that pushes its next
 * attempt past a lease, so of several instances sweeping at once exactly one sends it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    static final int MAX_ATTEMPTS = 8;
    static final int LEASE_MINUTES = 5;
    private static final int SWEEP_BATCH = 50;

    private static final String CLAIM = """
            UPDATE OutboxMail m SET m.nextAttemptAt = :lease, m.version = m.version + 1
             WHERE m.id = :id AND m.status = org.recoverycollege.notification.entity.MailStatus.PENDING
               AND m.nextAttemptAt <= :now""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Instance<CalendarAttachments> calendars;

    public List<Long> dueIds(OffsetDateTime now) {
        return em.createNamedQuery(OutboxMail.FIND_DUE, OutboxMail.class)
                .setParameter("now", now)
                .setMaxResults(SWEEP_BATCH)
                .getResultStream().map(OutboxMail::getId).toList();
    }

    /** The mail, ready to send, when this caller won it; empty when it is not due or another took it. */
    public Optional<OutgoingMail> claim(long id, OffsetDateTime now) {
        int claimed = em.createQuery(CLAIM)
                .setParameter("lease", now.plusMinutes(LEASE_MINUTES))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        Optional<byte[]> ics = mail.getCalendarRunId() == null || calendars.isUnsatisfied()
                ? Optional.empty() : calendars.get().icsFor(mail.getCalendarRunId());
        return Optional.of(new OutgoingMail(id, mail.getRecipient(), mail.getSubject(), mail.getBody(), ics));
    }

    public void markSent(long id, OffsetDateTime now) {
        em.find(OutboxMail.class, id).markSent(now);
    }

    public void markFailed(long id, OffsetDateTime now) {
        em.find(OutboxMail.class, id).markAttemptFailed(now, MAX_ATTEMPTS);
    }

    /** What the sender needs, read inside the claiming transaction. */
    public record OutgoingMail(long id, String recipient, String subject, String body, Optional<byte[]> ics) {
    }
}
