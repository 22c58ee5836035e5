package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.tutoring.entity.ReadinessItem;
import org.recoverycollege.tutoring.entity.Tutor;
import org.recoverycollege.tutoring.entity.TutorReadiness;

/**
 * Reminds a tutor (in their language) and the office (every administrator) that a readiness item expires
 * soon: {@code readiness.reminder-days-before} days ahead, 30 by default. Each item is claimed with a
 * conditional update before its mails are queued in the same transaction, so each reminder goes out once
 * per item and expiry day, however many instances run the job; a renewed item is reminded of again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReadinessReminders {

    static final String MAIL_TUTOR = "readinessExpiring";
    static final String MAIL_OFFICE = "readinessExpiringOffice";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private CollegeSettings settings;

    @Inject
    private Clock clock;

    /** The items due a reminder today, by id. */
    public List<Long> due() {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(TutorReadiness.FIND_EXPIRING, TutorReadiness.class)
                .setParameter("from", today)
                .setParameter("until", today.plusDays(settings.intValue(Setting.READINESS_REMINDER_DAYS_BEFORE)))
                .getResultStream().map(TutorReadiness::getId).toList();
    }

    /** Claims the item's reminder and queues its mails; false when another instance already did. */
    public boolean remind(long readinessId) {
        TutorReadiness item = em.find(TutorReadiness.class, readinessId);
        if (item == null || item.getExpiresOn() == null) {
            return false;
        }
        int claimed = em.createNamedQuery(TutorReadiness.CLAIM_REMINDER)
                .setParameter("id", readinessId).setParameter("expiresOn", item.getExpiresOn()).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Tutor tutor = item.getTutor();
        Locale language = tutor.getAccount() == null ? Locale.UK : tutor.getAccount().preferredLocale();
        outbox.queue(tutor.getEmail(), language, MAIL_TUTOR, null,
                tutor.getFullName(), label(item.getItem(), language), item.getExpiresOn().toString());
        for (UserAccount admin : em.createQuery("SELECT a FROM UserAccount a JOIN a.roles r"
                + " WHERE r = :role AND a.active = TRUE ORDER BY a.id", UserAccount.class)
                .setParameter("role", Role.ADMIN).getResultList()) {
            Locale theirs = admin.preferredLocale();
            outbox.queue(admin.getEmail(), theirs, MAIL_OFFICE, null,
                    tutor.getFullName(), label(item.getItem(), theirs), item.getExpiresOn().toString());
        }
        return true;
    }

    private static String label(ReadinessItem item, Locale language) {
        return ResourceBundle.getBundle("i18n.messages", language, ReadinessReminders.class.getClassLoader())
                .getString("ReadinessItem." + item.name());
    }
}
