package org.recoverycollege.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.recoverycollege.platform.entity.WebLinks;

/** A session in "my courses"; the joining link is null unless the place is confirmed; attendance is a mark name or null. */
public record MySession(int sequenceNo, LocalDate date, LocalTime startsAt, LocalTime endsAt, String room,
        String joiningLink, boolean cancelled, String attendance) implements Serializable {

    public int getSequenceNo() {
        return sequenceNo;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }

    /** The joining link to render as a link: only ever an http(s) address (a stored link of any other kind is not shown). */
    public String getJoiningLink() {
        return WebLinks.safe(joiningLink);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getAttendance() {
        return attendance;
    }
}
