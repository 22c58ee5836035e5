package org.recoverycollege.tutoring.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.recoverycollege.tutoring.entity.ReadinessItem;

/** The administrator's readiness form: which item, when it was completed and (if it lapses) when it expires. */
public class ReadinessForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReadinessItem item;
    private LocalDate completedOn;
    private LocalDate expiresOn;

    public ReadinessItem getItem() { return item; }
    public void setItem(ReadinessItem item) { this.item = item; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
}
