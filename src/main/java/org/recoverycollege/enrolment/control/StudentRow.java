package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.recoverycollege.enrolment.entity.Relation;

/** One line of the student search. */
public record StudentRow(long id, String name, String email, Relation relation, OffsetDateTime joinedAt,
        long liveEnrolments) implements Serializable {
}
