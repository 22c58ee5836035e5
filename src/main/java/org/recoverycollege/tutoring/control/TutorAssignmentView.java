package org.recoverycollege.tutoring.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.recoverycollege.tutoring.entity.AssignmentStatus;

/** One of a tutor's own assignments as their home screen lists it. */
public record TutorAssignmentView(long assignmentId, String courseTitle, String termName, AssignmentStatus status,
        LocalDate firstSessionDate) implements Serializable {
}
