package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.recoverycollege.notification.entity.OutboxMail;

/**
 * Queues e-mail inside the business transaction: the mail is stored with the change that caused it and
 * sent only after commit (by {@link OutboxDispatcher}), so a mail failure never undoes the change and a
 * rolled-back change never sends mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTemplates templates;

    @Inject
    private Clock clock;

    @Inject
    private Instance<MailHold> holds;

    /**
     * Queues the message {@code mail.<template>.subject} / {@code mail.<template>.body} from the resource
     * bundle in the recipient's language. With a run id, the mail carries that run's sessions as an
     * iCalendar attachment. Returns null, storing nothing, when a {@link MailHold} keeps the mail back
     * because its recipient asked not to be e-mailed.
     */
    public OutboxMail queue(@NotBlank String recipient, @NotNull Locale language, @NotBlank String template,
            Long calendarRunId, Object... arguments) {
        String subject = templates.subject(template, language, arguments);
        String body = templates.body(template, language, arguments);
        for (MailHold hold : holds) {
            if (hold.holdInstead(recipient, template, subject, body)) {
                return null;
            }
        }
        OutboxMail mail = new OutboxMail(recipient, subject, body, calendarRunId, OffsetDateTime.now(clock));
        em.persist(mail);
        return mail;
    }
}
