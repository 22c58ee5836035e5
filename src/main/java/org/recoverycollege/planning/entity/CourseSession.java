package org.recoverycollege.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;
import org.recoverycollege.platform.entity.WebLinks;

/** One meeting of a course run: date, local start and end time, and a room or joining link. */
@Entity
@Table(name = "course_session")
@NamedQuery(name = CourseSession.FIND_BETWEEN,
        query = "SELECT s FROM CourseSession s WHERE s.sessionDate BETWEEN :from AND :to "
                + "ORDER BY s.sessionDate, s.startsAt, s.id")
public class CourseSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Sessions whose date is between {@code :from} and {@code :to}, both included. */
    public static final String FIND_BETWEEN = "CourseSession.findBetween";
    public static final int LINK_MAX = CourseRun.LINK_MAX;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private CourseRun run;

    @Min(1)
    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequenceNo;

    @NotNull
    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Size(max = LINK_MAX)
    @Column(name = "joining_link", length = LINK_MAX)
    private String joiningLink;

    @Column(nullable = false)
    private boolean cancelled;

    protected CourseSession() {
        // for JPA
    }

    /** Made by {@link CourseRun#addSession}, which numbers the sessions. */
    CourseSession(CourseRun run, int sequenceNo, LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        this.run = Objects.requireNonNull(run, "run");
        if (sequenceNo < 1) {
            throw new IllegalArgumentException("Sessions are numbered from 1, not " + sequenceNo);
        }
        this.sequenceNo = sequenceNo;
        setTimes(date, startsAt, endsAt);
    }

    public void reschedule(LocalDate date, LocalTime newStartsAt, LocalTime newEndsAt) {
        if (cancelled) {
            throw new IllegalStateException("Session " + sequenceNo + " is cancelled and cannot be rescheduled");
        }
        setTimes(date, newStartsAt, newEndsAt);
    }

    private void setTimes(LocalDate date, LocalTime start, LocalTime end) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start time");
        Objects.requireNonNull(end, "end time");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A session must end after it starts: " + start + "-" + end);
        }
        this.sessionDate = date;
        this.startsAt = start;
        this.endsAt = end;
    }

    public void cancel() {
        if (cancelled) {
            throw new IllegalStateException("Session " + sequenceNo + " is already cancelled");
        }
        cancelled = true;
    }

    /** Sets the room (null for none); it must be at the run's venue. */
    public void changeRoom(Room newRoom) {
        if (newRoom != null && !newRoom.getVenue().equals(run.getVenue())) {
            throw new IllegalArgumentException("The room " + newRoom.getName() + " is not at the run's venue");
        }
        this.room = newRoom;
    }

    public void changeJoiningLink(String link) {
        this.joiningLink = WebLinks.requireWebOrEmpty(Texts.optional(link, LINK_MAX, "joining link"), "joining link");
    }

    public LocalDateTime startDateTime() {
        return sessionDate.atTime(startsAt);
    }

    public LocalDateTime endDateTime() {
        return sessionDate.atTime(endsAt);
    }

    /**
     * True when the two sessions share some time; sessions that merely touch (one ends when the other
     * starts) do not overlap, and a cancelled session overlaps nothing.
     */
    public boolean overlaps(CourseSession other) {
        if (other == this || cancelled || other.isCancelled()) {
            return false;
        }
        return startDateTime().isBefore(other.endDateTime()) && other.startDateTime().isBefore(endDateTime());
    }

    public CourseRun getRun() {
        return run;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public Room getRoom() {
        return room;
    }

    public String getJoiningLink() {
        return joiningLink;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
