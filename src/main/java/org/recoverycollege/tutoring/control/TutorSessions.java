package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.CoverRequest;
import org.recoverycollege.tutoring.entity.CoverStatus;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Who delivers which session: the accepted pair of a run, except where a tutor's absence is covered by
 * another tutor of the same expertise, who then delivers that session instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TutorSessions {

    @PersistenceContext
    private EntityManager em;

    /** The sessions the tutor delivers (their accepted runs' sessions, less those covered, plus those they cover). */
    public List<CourseSession> sessionsOf(Tutor tutor) {
        Set<CourseSession> sessions = new LinkedHashSet<>();
        for (Assignment assignment : em.createNamedQuery(Assignment.FIND_LIVE_BY_TUTOR, Assignment.class)
                .setParameter("tutor", tutor).getResultList()) {
            if (assignment.getStatus() == AssignmentStatus.ACCEPTED) {
                assignment.getRun().getSessions().stream().filter(s -> !s.isCancelled()).forEach(sessions::add);
            }
        }
        for (CoverRequest away : em.createNamedQuery(CoverRequest.FIND_LIVE_BY_ABSENT_TUTOR, CoverRequest.class)
                .setParameter("tutor", tutor).getResultList()) {
            if (away.getStatus() == CoverStatus.ACCEPTED) {
                sessions.remove(away.getSession());
            }
        }
        em.createNamedQuery(CoverRequest.FIND_ACCEPTED_BY_COVER_TUTOR, CoverRequest.class)
                .setParameter("tutor", tutor).getResultList()
                .forEach(cover -> sessions.add(cover.getSession()));
        List<CourseSession> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing(CourseSession::startDateTime));
        return ordered;
    }

    /** The tutors who deliver the session: the run's accepted pair with accepted cover in place of the absent. */
    public List<Tutor> facilitatorsOf(CourseSession session) {
        List<Tutor> tutors = new ArrayList<>();
        for (Assignment assignment : em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class)
                .setParameter("run", session.getRun()).getResultList()) {
            if (assignment.getStatus() == AssignmentStatus.ACCEPTED) {
                tutors.add(assignment.getTutor());
            }
        }
        for (CoverRequest cover : em.createNamedQuery(CoverRequest.FIND_LIVE_BY_SESSION, CoverRequest.class)
                .setParameter("session", session).getResultList()) {
            if (cover.getStatus() == CoverStatus.ACCEPTED) {
                tutors.remove(cover.getAbsentTutor());
                tutors.add(cover.getCoverTutor());
            }
        }
        return tutors;
    }

    public boolean delivers(Tutor tutor, CourseSession session) {
        return facilitatorsOf(session).contains(tutor);
    }

    /** True when the tutor holds an accepted assignment to the session's run (covered or not). */
    public boolean isAssignedTo(Tutor tutor, CourseSession session) {
        return em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class)
                .setParameter("run", session.getRun()).getResultStream()
                .anyMatch(a -> a.getStatus() == AssignmentStatus.ACCEPTED && a.getTutor().equals(tutor));
    }

    /** Monday of the date's week, the week a weekly maximum counts in. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
