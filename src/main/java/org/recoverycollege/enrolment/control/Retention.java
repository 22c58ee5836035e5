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

    /** Native SQL: EclipseLink turns the same joins in JPQL into an inner join with course_run. */
    private static final String LAST_ACTIVITY = """
            SELECT s.id, a.display_name, a.created_at, MAX(e.status_changed_at), MAX(cs.session_date)
              FROM student s JOIN user_account a ON a.id = s.account_id
              LEFT JOIN enrolment e ON e.student_id = s.id
              LEFT JOIN course_session cs ON cs.run_id = e.run_id
             WHERE s.erased = FALSE AND a.active = TRUE
               AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.account_id = a.id AND r.role_name <> 'student')""";
    private static final String GROUP = " GROUP BY s.id, a.display_name, a.created_at";

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

    /** One page of the students due for erasure, and how many are due in all. */
    public record DuePage(List<Due> rows, int total) {
    }

    /** The students whose data is erased on or before {@code until}, soonest first. */
    @Transactional
    public List<Due> erasedBy(LocalDate until, ZoneId zone) {
        int months = settings.intValue(Setting.RETENTION_MONTHS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LAST_ACTIVITY + GROUP).getResultList();
        return rows.stream().map(row -> due(row, months, zone))
                .filter(due -> !due.erasedOn().isAfter(until))
                .sorted(Comparator.comparing(Due::erasedOn).thenComparing(Due::studentId))
                .toList();
    }

    /** The page {@code pageIndex} (from 0) of {@link #erasedBy}, {@code pageSize} students long. */
    @Transactional
    public DuePage erasedBy(LocalDate until, ZoneId zone, int pageIndex, int pageSize) {
        List<Due> all = erasedBy(until, zone);
        int from = (int) Math.min((long) pageIndex * pageSize, all.size());
        return new DuePage(all.subList(from, Math.min(from + pageSize, all.size())), all.size());
    }

    /**
     * Erases the student when their time has come; false when it has not, or another instance erased them
     * first (the row lock makes the second wait and then find them erased).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean eraseIfDue(long studentId, LocalDate today, ZoneId zone) {
        Student student = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        if (student == null || student.isErased()) {
            return false;
        }
        int months = settings.intValue(Setting.RETENTION_MONTHS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LAST_ACTIVITY + " AND s.id = ?1" + GROUP)
                .setParameter(1, studentId).getResultList();
        Optional<Due> due = rows.stream().map(row -> due(row, months, zone)).findFirst();
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

    /** A day from what the driver returns: PostgreSQL gives java.sql types, H2 java.time ones. */
    private static LocalDate day(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof java.time.Instant time) {
            return time.atZone(zone).toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date type " + value.getClass().getName());
    }

    private static Due due(Object[] row, int months, ZoneId zone) {
        LocalDate created = day(row[2], zone);
        LocalDate changed = day(row[3], zone);
        LocalDate lastSession = day(row[4], zone);
        LocalDate last = Stream.of(created, changed, lastSession).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElseThrow();
        return new Due(((Number) row[0]).longValue(), (String) row[1], last, last.plusMonths(months));
    }
}
