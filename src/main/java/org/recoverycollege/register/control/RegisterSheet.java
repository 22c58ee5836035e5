package org.recoverycollege.register.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * The register of one session: its students (name and needs only) with their marks, and its tutors with
 * whether they were present; marks are null until recorded.
 */
public record RegisterSheet(long sessionId, String courseTitle, int sequenceNo, LocalDate date, LocalTime startsAt,
        LocalTime endsAt, boolean editable, List<Student> students, List<Facilitator> facilitators)
        implements Serializable {

    /** A student on the register. */
    public record Student(long enrolmentId, String name, Set<SupportNeed> needs, String otherNeeds,
            AttendanceMark mark) implements Serializable {

        public List<SupportNeed> getNeedList() {
            return needs.stream().sorted().toList();
        }
    }

    /** A tutor delivering the session. */
    public record Facilitator(long tutorId, String name, Expertise expertise, Boolean present)
            implements Serializable {
    }
}
