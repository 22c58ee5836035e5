package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;

/** A person on a run's confirmed list or waiting list, as administrators see it. */
public record PlaceHolder(long enrolmentId, long studentId, String name, String email, EnrolmentStatus status,
        OffsetDateTime requestedAt, boolean hasNeeds) implements Serializable {
}
