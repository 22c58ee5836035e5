package org.recoverycollege.tutoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.entity.BaseEntity;

/** A weekly recurring time a tutor can teach, optionally only at one venue. */
@Entity
@Table(name = "availability_slot")
public class AvailabilitySlot extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 16)
    private DayOfWeek dayOfWeek;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    protected AvailabilitySlot() {
        // for JPA
    }

    /** Made by {@link Tutor#addSlot}, which refuses overlapping slots. */
    AvailabilitySlot(Tutor tutor, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt, Venue venue) {
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek, "day of week");
        this.startsAt = Objects.requireNonNull(startsAt, "start time");
        this.endsAt = Objects.requireNonNull(endsAt, "end time");
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("A slot must end after it starts: " + startsAt + "-" + endsAt);
        }
        this.venue = venue;
    }

    /** True when both slots are on the same day and share some time; touching slots do not overlap. */
    public boolean overlaps(AvailabilitySlot other) {
        return dayOfWeek == other.getDayOfWeek()
                && startsAt.isBefore(other.getEndsAt())
                && other.getStartsAt().isBefore(endsAt);
    }

    /** True when the slot is on that day and holds the whole time from start to end. */
    public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
        return dayOfWeek == day && !start.isBefore(startsAt) && !end.isAfter(endsAt);
    }

    public Tutor getTutor() {
        return tutor;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    /** The only venue this slot is for, or null for any venue. */
    public Venue getVenue() {
        return venue;
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + startsAt + "-" + endsAt;
    }
}
