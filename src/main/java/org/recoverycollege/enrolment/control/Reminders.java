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
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/** The reminder job's transactions: which runs are due, and claiming one run with its mails at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Reminders {

    private static final String CANDIDATES = """
            SELECT DISTINCT s.run FROM CourseSession s
             WHERE s.cancelled = FALSE AND s.sessionDate BETWEEN :today AND :until
               AND s.run.reminderSentAt IS NULL
               AND s.run.status IN (org.recoverycollege.planning.entity.RunStatus.PUBLISHED,
                                    org.recoverycollege.planning.entity.RunStatus.RUNNING)""";
    /** The claim: only one transaction on any instance turns reminder_sent_at from NULL to a time. */
    private static final String CLAIM = "UPDATE course_run SET reminder_sent_at = ?1 WHERE id = ?2 AND reminder_sent_at IS NULL";

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

    /** Runs whose first session is still ahead and falls on or before {@code until}, not yet reminded. */
    public List<Long> dueRunIds(LocalDateTime now, LocalDate until) {
        return em.createQuery(CANDIDATES, CourseRun.class)
                .setParameter("today", now.toLocalDate())
                .setParameter("until", until)
                .getResultStream()
                .filter(run -> run.firstSession().map(first -> first.startDateTime().isAfter(now)
                        && !first.getSessionDate().isAfter(until)).orElse(false))
                .map(CourseRun::getId)
                .toList();
    }

    /** Claims the run and queues a reminder to each confirmed student; false when another took it first. */
    public boolean remind(long runId) {
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, runId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        CourseRun run = em.find(CourseRun.class, runId);
        em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                .setParameter("run", run)
                .setParameter("status", EnrolmentStatus.CONFIRMED)
                .getResultList()
                .forEach(mail::reminder);
        return true;
    }
}
