package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.recoverycollege.account.entity.Role;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.notification.control.OutboxShredder;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/**
 * Automatic erasure: a student's personal data is erased (as when they close their account) once the
 * setting retention.months-after-last-activity has passed since their last activity (the account's
 * creation, a change to one of their places, or the last session of a course they enrolled on); the
 * anonymous rows the figures count stay. People who also teach or run the college keep their accounts.
 */
@ApplicationScoped
public class Retention {

    private static final String LAST_ACTIVITY = """
            SELECT s.id, a.displayName, a.createdAt, MAX(e.statusChangedAt), MAX(cs.sessionDate)
              FROM Student s JOIN s.account a
              LEFT JOIN Enrolment e ON e.student = s
              LEFT JOIN CourseSession cs ON cs.run = e.run
             WHERE s.erased = FALSE AND a.active = TRUE""";
    private static final String GROUP = " GROUP BY s.id, a.displayName, a.createdAt";

    /** A student and the day their personal data is erased. */
    public record Due(long studentId, String name, LocalDate lastActivity, LocalDate erasedOn) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    @Inject
    private PersonalData personalData;

    @Inject
    private OutboxShredder outbox;

    /** The students whose data is erased on or before {@code until}, soonest first. */
    @Transactional
    public List<Due> erasedBy(LocalDate until, ZoneId zone) {
        int months = settings.intValue(Setting.RETENTION_MONTHS);
        List<Object[]> rows = em.createQuery(LAST_ACTIVITY + GROUP, Object[].class).getResultList();
        return rows.stream().map(row -> due(row, months, zone))
                .filter(due -> !due.erasedOn().isAfter(until))
                .filter(due -> onlyStudent(due.studentId()))
                .sorted(Comparator.comparing(Due::erasedOn).thenComparing(Due::studentId))
                .toList();
    }

    /**
     * Erases the student when their time has come; false when it has not, or another instance erased them
     * first (the row lock makes the second wait and then find them erased).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean eraseIfDue(long studentId, LocalDate today, ZoneId zone) {
        Student student = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        if (student == null || student.isErased() || !onlyStudent(studentId)) {
            return false;
        }
        int months = settings.intValue(Setting.RETENTION_MONTHS);
        Optional<Due> due = em.createQuery(LAST_ACTIVITY + " AND s.id = :id" + GROUP, Object[].class)
                .setParameter("id", studentId).getResultStream().map(row -> due(row, months, zone)).findFirst();
        if (due.isEmpty() || due.get().erasedOn().isAfter(today)) {
            return false;
        }
        personalData.closeAccount(student.getAccount().getEmail());
        return true;
    }

    /** Sent mails older than retention.mail-days lose their text and address; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int shredOldMail(OffsetDateTime now) {
        return outbox.shredSentBefore(now.minusDays(settings.intValue(Setting.MAIL_RETENTION_DAYS)));
    }

    private boolean onlyStudent(long studentId) {
        return em.find(Student.class, studentId).getAccount().getRoles().stream().allMatch(role -> role == Role.STUDENT);
    }

    private static Due due(Object[] row, int months, ZoneId zone) {
        LocalDate created = ((OffsetDateTime) row[2]).atZoneSameInstant(zone).toLocalDate();
        LocalDate changed = row[3] == null ? null : ((OffsetDateTime) row[3]).atZoneSameInstant(zone).toLocalDate();
        LocalDate lastSession = (LocalDate) row[4];
        LocalDate last = Stream.of(created, changed, lastSession).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElseThrow();
        return new Due(((Number) row[0]).longValue(), (String) row[1], last, last.plusMonths(months));
    }
}
