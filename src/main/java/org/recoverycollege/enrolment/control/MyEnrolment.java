package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;

/** One of a student's enrolments as "my courses" lists it. */
public record MyEnrolment(long enrolmentId, String courseTitle, String termName, EnrolmentStatus status,
        LocalDate firstSessionDate) implements Serializable {

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getTermName() {
        return termName;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public LocalDate getFirstSessionDate() {
        return firstSessionDate;
    }
}
