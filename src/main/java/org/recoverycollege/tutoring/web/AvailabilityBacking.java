package org.recoverycollege.tutoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.web.UserMessages;
import org.recoverycollege.tutoring.control.MyAvailability;
import org.recoverycollege.tutoring.entity.AvailabilityException;

/** {@code /tutor/availability}: my weekly slots and my days away, with warnings about confirmed sessions. */
@Named
@RequestScoped
public class AvailabilityBacking {

    @Inject
    private MyAvailability availability;

    private List<MyAvailability.Slot> slots;
    private List<MyAvailability.Away> exceptions;

    private DayOfWeek day;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private Long venueId;
    private LocalDate awayFrom;
    private LocalDate awayTo;
    @Size(max = AvailabilityException.REASON_MAX, message = "{input.tooLong}")
    private String awayReason;

    @PostConstruct
    void load() {
        slots = availability.slots();
        exceptions = availability.exceptions();
    }

    public void addSlot() {
        try {
            TutorPages.warnAbout(availability.addSlot(day, startsAt, endsAt, venueId));
            UserMessages.info("availability.slotAdded");
            day = null;
            startsAt = null;
            endsAt = null;
            venueId = null;
        } finally {
            load();
        }
    }

    public void removeSlot(long slotId) {
        try {
            TutorPages.warnAbout(availability.removeSlot(slotId));
            UserMessages.info("availability.slotRemoved");
        } finally {
            load();
        }
    }

    public void addException() {
        LocalDate to = awayTo == null ? awayFrom : awayTo;
        try {
            TutorPages.warnAbout(availability.addException(awayFrom, to, awayReason));
            UserMessages.info("availability.exceptionAdded");
            awayFrom = null;
            awayTo = null;
            awayReason = null;
        } finally {
            load();
        }
    }

    public void removeException(long exceptionId) {
        try {
            availability.removeException(exceptionId);
            UserMessages.info("availability.exceptionRemoved");
        } finally {
            load();
        }
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<Venue> getVenues() {
        return availability.venues();
    }

    public List<MyAvailability.Slot> getSlots() {
        return slots;
    }

    public List<MyAvailability.Away> getExceptions() {
        return exceptions;
    }

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

    public LocalDate getAwayFrom() {
        return awayFrom;
    }

    public void setAwayFrom(LocalDate awayFrom) {
        this.awayFrom = awayFrom;
    }

    public LocalDate getAwayTo() {
        return awayTo;
    }

    public void setAwayTo(LocalDate awayTo) {
        this.awayTo = awayTo;
    }

    public String getAwayReason() {
        return awayReason;
    }

    public void setAwayReason(String awayReason) {
        this.awayReason = awayReason;
    }
}
