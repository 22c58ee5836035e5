package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.control.SessionMoveCheck;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Refusal;

/**
 * A student may not hold two confirmed places whose sessions overlap, so a session is not moved onto a
 * time when someone with a place on its run is at a session of another run they hold a place on. The
 * refusal names those people (the administrator can then talk to them, or choose another time) and the
 * first clashing session.
 */
@ApplicationScoped
public class StudentSessionCheck implements SessionMoveCheck {

    static final int NAMES_SHOWN = 3;
    private static final String CLASHES = "SELECT e2.student, s FROM Enrolment e, Enrolment e2, CourseSession s"
            + " WHERE e.run = :run AND e.status = :confirmed AND e2.student = e.student AND e2.run <> :run"
            + " AND e2.status = :confirmed AND s.run = e2.run AND s.sessionDate = :date AND s.cancelled = :cancelled"
            + " ORDER BY s.startsAt, s.id"; // the times are compared in Java: H2 compares TIME with a bound LocalTime wrongly

    @PersistenceContext
    private EntityManager em;

    @Override
    public void check(CourseSession moved) {
        List<Object[]> rows = em.createQuery(CLASHES, Object[].class).setParameter("run", moved.getRun())
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED).setParameter("date", moved.getSessionDate())
                .setParameter("cancelled", false).getResultList().stream()
                .filter(row -> moved.overlaps((CourseSession) row[1])).toList();
        if (rows.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> names.add(((Student) row[0]).getAccount().getDisplayName()));
        CourseSession first = (CourseSession) rows.get(0)[1];
        String shown = String.join(", ", names.stream().limit(NAMES_SHOWN).toList())
                + (names.size() > NAMES_SHOWN ? " \u2026" : "");
        throw new Refusal("runs.studentClash", names.size(), shown, first.getRun().getCourse().getTitle(),
                first.getSessionDate(), first.getStartsAt().toString(), first.getEndsAt().toString());
    }
}
