package org.recoverycollege.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The headline figures of the administrators' dashboard. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CollegeOverview {

    @PersistenceContext
    private EntityManager em;

    public Figures figures() {
        return new Figures(
                count("SELECT COUNT(c) FROM Course c WHERE c.status = org.recoverycollege.catalogue.entity.CourseStatus.ACTIVE"),
                count("SELECT COUNT(r) FROM CourseRun r WHERE r.status = org.recoverycollege.planning.entity.RunStatus.PUBLISHED"),
                count("SELECT COUNT(s) FROM Student s WHERE s.erased = FALSE"),
                count("SELECT COUNT(e) FROM Enrolment e WHERE e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.CONFIRMED"),
                count("SELECT COUNT(e) FROM Enrolment e WHERE e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.WAITLISTED"),
                count("SELECT COUNT(t) FROM Tutor t WHERE t.active = TRUE"));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Counts shown as tiles. */
    public record Figures(long activeCourses, long publishedRuns, long students, long confirmedPlaces,
            long peopleWaiting, long tutors) {
    }
}
