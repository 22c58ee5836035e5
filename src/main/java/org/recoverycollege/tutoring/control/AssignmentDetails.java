package org.recoverycollege.tutoring.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.tutoring.entity.AssignmentStatus;

/**
 * One of the caller's assignments with what they need to deliver it: the sessions and venue, the
 * co-facilitator and, once accepted, how many students and which support needs (counts only).
 */
public record AssignmentDetails(long assignmentId, String courseTitle, String termName, AssignmentStatus status,
        String venueName, boolean online, List<AccessFeature> accessFeatures, List<Session> sessions,
        String partnerName, String partnerEmail, String partnerPhone, int studentCount,
        Map<SupportNeed, Integer> needs) implements Serializable {

    /** One session of the run. */
    public record Session(int sequenceNo, LocalDate date, LocalTime startsAt, LocalTime endsAt, String place)
            implements Serializable {
    }

    public boolean isOffered() {
        return status == AssignmentStatus.OFFERED;
    }

    public boolean isAccepted() {
        return status == AssignmentStatus.ACCEPTED;
    }

    public List<Map.Entry<SupportNeed, Integer>> getNeedList() {
        return List.copyOf(needs.entrySet());
    }
}
