package org.recoverycollege.planning.control;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.Recurrence;

/** What an administrator chooses for a new run: course, term, place, capacity and the session pattern. */
public class RunDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long courseId;
    @NotNull
    private Long termId;
    @NotNull
    private Long venueId;
    private Long roomId;
    @Size(max = CourseRun.LINK_MAX)
    private String onlineLink;
    @Min(1)
    private int capacity = 12;
    @NotNull
    private LocalDate firstDate;
    @NotNull
    private LocalTime startsAt;
    @NotNull
    private LocalTime endsAt;
    @NotNull
    private Recurrence recurrence = Recurrence.WEEKLY;

    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
    public Long getTermId() { return termId; }
    public void setTermId(Long termId) { this.termId = termId; }
    public Long getVenueId() { return venueId; }
    public void setVenueId(Long venueId) { this.venueId = venueId; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public LocalDate getFirstDate() { return firstDate; }
    public void setFirstDate(LocalDate firstDate) { this.firstDate = firstDate; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public Recurrence getRecurrence() { return recurrence; }
    public void setRecurrence(Recurrence recurrence) { this.recurrence = recurrence; }
}
