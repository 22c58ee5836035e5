package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.recoverycollege.catalogue.control.CourseHolders;
import org.recoverycollege.catalogue.entity.Course;

/** Tutors' trained and preferred courses go with a deleted course. */
@ApplicationScoped
public class TutorCourseHolder implements CourseHolders {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void release(Course course) {
        em.createQuery("DELETE FROM TrainedCourse t WHERE t.course = :course").setParameter("course", course)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM tutor_preferred_course WHERE course_id = ?").setParameter(1, course.getId())
                .executeUpdate();
    }
}
