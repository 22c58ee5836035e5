package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.recoverycollege.catalogue.control.CourseHolders;
import org.recoverycollege.catalogue.entity.Course;

/** A course that has runs is kept: past figures keep their course (retire it instead). */
@ApplicationScoped
public class RunCourseHolder implements CourseHolders {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean keeps(Course course) {
        return em.createQuery("SELECT COUNT(r) FROM CourseRun r WHERE r.course = :course", Long.class)
                .setParameter("course", course).getSingleResult() > 0;
    }
}
