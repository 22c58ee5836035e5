package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/**
 * The reminder job's transactions: which session and place pairs are due a reminder, and claiming one pair
 * with its mail at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Reminders {

    /** Sessions not cancelled in the window, of runs still open, with confirmed places not yet reminded. */
    private static final String CANDIDATES = """
            SELECT s.id, e.id FROM course_session s
              JOIN course_run r ON r.id = s.run_id
              JOIN enrolment e ON e.run_id = r.id
             WHERE s.cancelled = FALSE AND e.status = 'CONFIRMED' AND r.status IN ('PUBLISHED', 'RUNNING')
               AND s.session_date BETWEEN ?1 AND ?2
               AND NOT EXISTS (SELECT 1 FROM session_reminder m WHERE m.session_id = s.id AND m.enrolment_id = e.id)
             ORDER BY s.id, e.id""";
    /**
     * The claim: the primary key (session, place) lets only one transaction on any instance insert the row;
     * the others insert nothing and send nothing.
     */
    private static final String CLAIM = "INSERT INTO session_reminder (session_id, enrolment_id, sent_at)"
            + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";

    /** A session and a place whose holder is due a reminder of it. */
    public record Due(long sessionId, long enrolmentId) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    @Inject
    private EnrolmentMail mail;

    @Inject
    private Clock clock;

    public int daysBefore() {
        return settings.intValue(Setting.REMINDER_DAYS_BEFORE);
    }

    /** Sessions still ahead that fall on or before {@code until}, each with a confirmed place not yet reminded. */
    public List<Due> due(LocalDateTime now, LocalDate until) {
        List<Object[]> rows = em.createNativeQuery(CANDIDATES)
                .setParameter(1, now.toLocalDate())
                .setParameter(2, until)
                .getResultList();
        return rows.stream()
                .map(row -> new Due(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .filter(due -> em.find(CourseSession.class, due.sessionId()).startDateTime().isAfter(now))
                .toList();
    }

    /** Claims the reminder of one session for one place and queues it; false when it was claimed before. */
    public boolean remind(Due due) {
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, due.sessionId())
                .setParameter(2, due.enrolmentId())
                .setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Enrolment enrolment = em.find(Enrolment.class, due.enrolmentId());
        CourseSession session = em.find(CourseSession.class, due.sessionId());
        if (enrolment.getStatus() == EnrolmentStatus.CONFIRMED && !session.isCancelled()) {
            mail.sessionReminder(enrolment, session);
        }
        return true;
    }
}
