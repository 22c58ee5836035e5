package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.AccessFeature;

/**
 * One of a student's enrolments as "my courses" shows it: the run, where, every session (joining links
 * only for a confirmed place), the waiting-list position and what the student may do next.
 */
public record MyEnrolment(long enrolmentId, long runId, String courseTitle, String courseSlug, String termName,
        EnrolmentStatus status, int waitingListPosition, String venueName, String venueAddress, boolean online,
        List<AccessFeature> accessFeatures, List<MySession> sessions, boolean upcoming, boolean cancellable,
        boolean feedbackDue) implements Serializable {

    public LocalDate getFirstSessionDate() {
        return sessions.stream().filter(s -> !s.cancelled()).map(MySession::date).findFirst().orElse(null);
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getRunId() {
        return runId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getCourseSlug() {
        return courseSlug;
    }

    public String getTermName() {
        return termName;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public boolean isConfirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }

    public boolean isWaitlisted() {
        return status == EnrolmentStatus.WAITLISTED;
    }

    public int getWaitingListPosition() {
        return waitingListPosition;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public boolean isOnline() {
        return online;
    }

    public List<AccessFeature> getAccessFeatures() {
        return accessFeatures;
    }

    public List<MySession> getSessions() {
        return sessions;
    }

    public boolean isUpcoming() {
        return upcoming;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public boolean isFeedbackDue() {
        return feedbackDue;
    }

    public long getAttended() {
        return sessions.stream().filter(s -> "PRESENT".equals(s.attendance())).count();
    }
}
