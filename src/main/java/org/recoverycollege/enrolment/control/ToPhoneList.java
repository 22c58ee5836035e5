package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.enrolment.entity.ToPhone;
import org.recoverycollege.notification.control.MailHold;

/**
 * Contact preferences obeyed: a student who asked not to be e-mailed gets no mail about their courses;
 * what the mail would have said goes on the office's list of people to phone ({@code /admin/to-phone}).
 * Mail about the account itself (a password reset, an invitation) still goes out: the person asked for it.
 * A person with no e-mail address at all (enrolled by phone or at the desk) gets no mail of any kind; the
 * office phones them, or writes to their postal address when they gave no phone number.
 */
@ApplicationScoped
@Transactional
public class ToPhoneList implements MailHold {

    /** The mails about a student's courses: what they must be told, by phone when not by e-mail. */
    static final Set<String> COURSE_TOPICS = Set.of("enrolmentConfirmed", "waitlisted", "promoted", "cancelled",
            "withdrawn", "sessionReminder", "reminder", "sessionChanged", "sessionCancelled", "sessionMoved",
            "runSessionCancelled", "waitingRunStarted", "runCancelled", "feedbackInvitation", InterestList.TEMPLATE);

    /**
     * One thing to tell one person, as the office's page shows it; the subject and message are in the
     * person's language ({@code language}, a BCP 47 tag), which may not be the office's.
     */
    public record Row(long id, String name, String phone, String postalAddress, String topic, String subject, String message,
            String language, OffsetDateTime createdAt) implements Serializable {
    }

    /** One page of the open list and how many are open in all. */
    public record Page(List<Row> rows, long total) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holdInstead(String recipient, String template, String subject, String body) {
        if (!COURSE_TOPICS.contains(template)) {
            return UserAccount.isNoEmailAddress(recipient);
        }
        List<Student> students = em.createNamedQuery(Student.FIND_BY_EMAIL, Student.class)
                .setParameter("email", recipient).getResultList();
        if (students.isEmpty()) {
            return false;
        }
        Student student = students.get(0);
        if (student.isErased()) {
            return true;
        }
        if (student.isContactByEmail()) {
            return false;
        }
        em.persist(new ToPhone(student, template, subject, body, OffsetDateTime.now(clock)));
        return true;
    }

    /** The open items, oldest first, {@code size} at a time from page {@code page} (counted from 0). */
    public Page open(int page, int size) {
        long total = em.createNamedQuery(ToPhone.COUNT_OPEN, Long.class).getSingleResult();
        List<Row> rows = em.createNamedQuery(ToPhone.FIND_OPEN, ToPhone.class)
                .setFirstResult(Math.max(page, 0) * size).setMaxResults(size)
                .getResultStream()
                .map(t -> new Row(t.getId(), t.getStudent().getAccount().getDisplayName(), t.getStudent().getPhone(),
                        t.getStudent().getPostalAddress(),
                        t.getTopic(), t.getSubject(), t.getMessage(), t.getStudent().getAccount().getPreferredLanguage(),
                        t.getCreatedAt()))
                .toList();
        return new Page(rows, total);
    }

    /** The office told the person; false when someone had already marked it done. */
    public boolean markDone(long id, String by) {
        ToPhone item = em.find(ToPhone.class, id);
        if (item == null || item.getDoneAt() != null) {
            return false;
        }
        item.markDone(by, OffsetDateTime.now(clock));
        return true;
    }
}
