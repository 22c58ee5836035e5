package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Relation;
import org.recoverycollege.enrolment.entity.SupportNeed;

/**
 * Everything the college holds about a student, as an administrator sees it; {@code email} is null for a
 * person who gave none (enrolled by phone or at the desk).
 */
public record StudentRecord(long id, String name, String email, String phone, String postalAddress, Relation relation,
        boolean contactByEmail, boolean contactByPhone, Set<SupportNeed> needs, String otherNeeds,
        List<Place> places) implements Serializable {

    /** One enrolment with its attendance so far. */
    public record Place(long enrolmentId, long runId, String courseTitle, String termName, LocalDate firstDate,
            EnrolmentStatus status, long attended, long marked) implements Serializable {
    }
}
