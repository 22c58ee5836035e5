package org.recoverycollege.planning.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.recoverycollege.planning.entity.CourseSession;

/** The form on {@code /admin/run} that moves one session: its date, times, room and joining link. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long sessionId;
    private LocalDate sessionDate;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private Long roomId;
    @Size(max = CourseSession.LINK_MAX, message = "{input.tooLong}")
    private String joiningLink;

    /** The form filled in with the session as it is now. */
    public SessionForm(CourseSession session) {
        sessionId = session.getId();
        sessionDate = session.getSessionDate();
        startsAt = session.getStartsAt();
        endsAt = session.getEndsAt();
        roomId = session.getRoom() == null ? null : session.getRoom().getId();
        joiningLink = session.getJoiningLink();
    }

    public long getSessionId() { return sessionId; }
    public LocalDate getSessionDate() { return sessionDate; }
    public void setSessionDate(LocalDate sessionDate) { this.sessionDate = sessionDate; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getJoiningLink() { return joiningLink; }
    public void setJoiningLink(String joiningLink) { this.joiningLink = joiningLink; }
}
