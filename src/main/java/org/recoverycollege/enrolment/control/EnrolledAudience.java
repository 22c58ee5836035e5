package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.planning.control.RunAudience;
import org.recoverycollege.planning.entity.CourseRun;

/** The students a session change concerns: those holding or awaiting a place on the run. */
@ApplicationScoped
public class EnrolledAudience implements RunAudience {

    private static final String STUDENTS = """
            SELECT e.student.account FROM Enrolment e WHERE e.run = :run AND e.liveStudentId IS NOT NULL""";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<UserAccount> concernedBy(CourseRun run) {
        return em.createQuery(STUDENTS, UserAccount.class).setParameter("run", run).getResultList();
    }
}
