package org.recoverycollege.tutoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/** Days a tutor is not available despite their weekly slots (leave, appointments), both ends included. */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @NotNull
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @NotNull
    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Size(max = REASON_MAX)
    @Column(length = REASON_MAX)
    private String reason;

    protected AvailabilityException() {
        // for JPA
    }

    /** Made by {@link Tutor#addException}. */
    AvailabilityException(Tutor tutor, LocalDate fromDate, LocalDate toDate, String reason) {
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        this.fromDate = Objects.requireNonNull(fromDate, "first day");
        this.toDate = Objects.requireNonNull(toDate, "last day");
        if (fromDate.isAfter(toDate)) {
            throw new IllegalArgumentException("An exception from " + fromDate + " cannot end earlier, on " + toDate);
        }
        this.reason = Texts.optional(reason, REASON_MAX, "reason");
    }

    /** True when the date is between the first and the last day, both included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(toDate);
    }

    public Tutor getTutor() {
        return tutor;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getReason() {
        return reason;
    }
}
