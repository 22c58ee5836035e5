package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.planning.entity.CourseSession;

/** What a signed-in student sees of their own places; never anyone else's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyCoursesService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudentRegistration students;

    public List<MyEnrolment> enrolmentsOf(String email) {
        return students.findByEmail(email)
                .map(student -> em.createNamedQuery(Enrolment.FIND_BY_STUDENT, Enrolment.class)
                        .setParameter("student", student)
                        .getResultList().stream()
                        .map(MyCoursesService::toView)
                        .toList())
                .orElse(List.of());
    }

    private static MyEnrolment toView(Enrolment enrolment) {
        var run = enrolment.getRun();
        return new MyEnrolment(enrolment.getId(), run.getCourse().getTitle(), run.getTerm().getName(),
                enrolment.getStatus(), run.firstSession().map(CourseSession::getSessionDate).orElse(null));
    }
}
