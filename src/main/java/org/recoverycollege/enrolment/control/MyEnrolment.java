package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.AccessFeature;

/**
 * One of a student's enrolments as "my courses" shows it: the run, where, every session (joining links
 * only for a confirmed place), the waiting-list position and what the student may do next. {@code moveRun} names
 * the other run of a move the college made (null when none is under way): for a confirmed place, the run whose
 * waiting list the student is on; for a waiting-list entry, the run whose place they keep meanwhile.
 * {@code offerAnswerBy} is set while a freed place is offered to them: they may accept it until then.
 */
public record MyEnrolment(long enrolmentId, long runId, String courseTitle, String courseSlug, String termName,
        EnrolmentStatus status, int waitingListPosition, String venueName, String venueAddress, boolean online,
        List<AccessFeature> accessFeatures, List<MySession> sessions, boolean upcoming, boolean cancellable,
        boolean feedbackDue, String moveRun, LocalDateTime offerAnswerBy) implements Serializable {

    /** A freed place is held for the student until {@link #offerAnswerBy}: they may accept or decline it. */
    public boolean isOffered() {
        return offerAnswerBy != null;
    }

    public LocalDate getFirstSessionDate() {
        return sessions.stream().filter(s -> !s.cancelled()).map(MySession::date).findFirst().orElse(null);
    }

    public boolean isConfirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }

    public boolean isWaitlisted() {
        return status == EnrolmentStatus.WAITLISTED;
    }

    public long getAttended() {
        return sessions.stream().filter(s -> "PRESENT".equals(s.attendance())).count();
    }
}
