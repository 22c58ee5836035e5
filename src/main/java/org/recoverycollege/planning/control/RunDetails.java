package org.recoverycollege.planning.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.recoverycollege.planning.entity.AccessFeature;

/** One run as the public sees it: when, where (with access features), places left and whether it is open. */
public record RunDetails(long runId, String courseTitle, String termName, String venueName, String venueAddress,
        String directions, boolean online, List<AccessFeature> accessFeatures, List<SessionTime> sessions,
        int placesLeft, boolean enrolmentOpen, LocalDate enrolmentOpens, LocalDate enrolmentCloses)
        implements Serializable {

    /** A session's date and times; cancelled sessions are shown struck through. */
    public record SessionTime(int sequenceNo, LocalDate date, LocalTime startsAt, LocalTime endsAt, boolean cancelled)
            implements Serializable {
    }

    public boolean isFull() {
        return placesLeft <= 0;
    }
}
