package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.planning.control.RunAudience;
import org.recoverycollege.planning.entity.CourseRun;

/** The tutors a session change concerns: the run's offered or accepted pair. */
@ApplicationScoped
public class AssignedAudience implements RunAudience {

    private static final String PAIR = """
            SELECT a.tutor.account FROM Assignment a WHERE a.run = :run AND a.tutor.account IS NOT NULL
               AND a.status IN (org.recoverycollege.tutoring.entity.AssignmentStatus.OFFERED,
                                org.recoverycollege.tutoring.entity.AssignmentStatus.ACCEPTED)""";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<UserAccount> concernedBy(CourseRun run) {
        return em.createQuery(PAIR, UserAccount.class).setParameter("run", run).getResultList();
    }
}
