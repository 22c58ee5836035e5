package org.recoverycollege.tutoring.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.recoverycollege.tutoring.entity.AvailabilityException;

/** The "add days away" form on {@code /tutor/availability}: a first day, an optional last day and a reason. */
public class AwayForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    @Size(max = AvailabilityException.REASON_MAX, message = "{input.tooLong}")
    private String reason;

    /** The last day away: the first day itself when no last day was given (a single day away). */
    public LocalDate lastDay() {
        return to == null ? from : to;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
