package org.recoverycollege.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.recoverycollege.enrolment.control.MyCoursesService;
import org.recoverycollege.enrolment.control.MyEnrolment;

/** {@code /my/}: the signed-in student's places and waiting lists. */
@Named
@RequestScoped
public class MyCoursesBacking {

    @Inject
    private MyCoursesService myCourses;

    @Inject
    private SecurityContext securityContext;

    private List<MyEnrolment> enrolments;

    public List<MyEnrolment> getEnrolments() {
        if (enrolments == null) {
            enrolments = myCourses.enrolmentsOf(securityContext.getCallerPrincipal().getName());
        }
        return enrolments;
    }
}
