package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.recoverycollege.notification.entity.MailStatus;

/**
 * Mail kept no longer than needed: sent (or given up) mails lose their text and address after the
 * retention period, and an erased person's mails lose theirs at once. Bulk updates, safe to run on every
 * instance at the same time (a shredded row no longer matches).
 */
@ApplicationScoped
@Transactional
public class OutboxShredder {

    /** What a shredded mail's address, subject and text become. */
    public static final String SHREDDED = "shredded";

    private static final String SHRED_OLD = "UPDATE OutboxMail m SET m.recipient = :shredded, m.subject = :shredded,"
            + " m.body = :shredded WHERE m.status IN :done AND m.createdAt < :before AND m.recipient <> :shredded";
    private static final String DROP_PENDING = "DELETE FROM OutboxMail m WHERE m.recipient = :recipient AND m.status = :pending";
    private static final String SHRED_OF = "UPDATE OutboxMail m SET m.recipient = :shredded, m.subject = :shredded,"
            + " m.body = :shredded WHERE m.recipient = :recipient";

    @PersistenceContext
    private EntityManager em;

    /** Shreds the mails sent or given up before {@code before}; returns how many. */
    public int shredSentBefore(OffsetDateTime before) {
        return em.createQuery(SHRED_OLD).setParameter("shredded", SHREDDED)
                .setParameter("done", List.of(MailStatus.SENT, MailStatus.FAILED))
                .setParameter("before", before).executeUpdate();
    }

    /** The person was erased: mails not yet sent to them are dropped, the others shredded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String recipient) {
        em.createQuery(DROP_PENDING).setParameter("recipient", recipient)
                .setParameter("pending", MailStatus.PENDING).executeUpdate();
        em.createQuery(SHRED_OF).setParameter("shredded", SHREDDED).setParameter("recipient", recipient).executeUpdate();
    }
}
