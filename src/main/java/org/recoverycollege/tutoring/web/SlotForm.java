package org.recoverycollege.tutoring.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** The "add a weekly slot" form on {@code /tutor/availability}: a day, a time span and, if any, a venue. */
public class SlotForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DayOfWeek day;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private Long venueId;

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }
}
