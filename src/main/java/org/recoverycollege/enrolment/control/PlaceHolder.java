package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;

/**
 * A person on a run's confirmed list or waiting list, as administrators see it. {@code moveRun} names the other
 * run of a move under way (null when none is): for a confirmed place, the run whose waiting list the person is
 * on (this place is released when they are confirmed there); for a waiting-list entry, the run whose place they
 * keep until then. {@code offerAnswerBy} (college time) is set while a freed place is offered to a waiting person.
 */
public record PlaceHolder(long enrolmentId, long studentId, String name, String email, EnrolmentStatus status,
        OffsetDateTime requestedAt, boolean hasNeeds, String moveRun, LocalDateTime offerAnswerBy)
        implements Serializable {
}
