package org.recoverycollege.planning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A named teaching period such as "Autumn 2026", with the day its prospectus is published and the
 * window in which people can enrol. All dates are inclusive.
 */
@Entity
@Table(name = "term")
@NamedQuery(name = Term.FIND_ALL, query = "SELECT t FROM Term t ORDER BY t.startsOn DESC")
@NamedQuery(name = Term.FIND_BY_NAME, query = "SELECT t FROM Term t WHERE t.name = :name")
@NamedQuery(name = Term.FIND_PUBLISHED_ON,
        query = "SELECT t FROM Term t WHERE t.prospectusOn <= :date AND t.endsOn >= :date ORDER BY t.startsOn")
public class Term extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Term.findAll";
    public static final String FIND_BY_NAME = "Term.findByName";
    /** Terms whose prospectus is out and which have not ended on {@code :date}. */
    public static final String FIND_PUBLISHED_ON = "Term.findPublishedOn";
    public static final int NAME_MAX = 80;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @NotNull
    @Column(name = "prospectus_on", nullable = false)
    private LocalDate prospectusOn;

    @NotNull
    @Column(name = "enrolment_opens", nullable = false)
    private LocalDate enrolmentOpens;

    @NotNull
    @Column(name = "enrolment_closes", nullable = false)
    private LocalDate enrolmentCloses;

    protected Term() {
        // for JPA
    }

    public Term(String name, LocalDate startsOn, LocalDate endsOn, LocalDate prospectusOn,
            LocalDate enrolmentOpens, LocalDate enrolmentCloses) {
        this.name = Texts.required(name, NAME_MAX, "name");
        setDates(startsOn, endsOn, prospectusOn, enrolmentOpens, enrolmentCloses);
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, NAME_MAX, "name");
    }

    public void reschedule(LocalDate newStartsOn, LocalDate newEndsOn, LocalDate newProspectusOn,
            LocalDate newEnrolmentOpens, LocalDate newEnrolmentCloses) {
        setDates(newStartsOn, newEndsOn, newProspectusOn, newEnrolmentOpens, newEnrolmentCloses);
    }

    private void setDates(LocalDate starts, LocalDate ends, LocalDate prospectus, LocalDate opens,
            LocalDate closes) {
        Objects.requireNonNull(starts, "start date");
        Objects.requireNonNull(ends, "end date");
        Objects.requireNonNull(prospectus, "prospectus date");
        Objects.requireNonNull(opens, "enrolment opening date");
        Objects.requireNonNull(closes, "enrolment closing date");
        if (starts.isAfter(ends)) {
            throw new IllegalArgumentException("The term starts on " + starts + ", after it ends on " + ends);
        }
        if (opens.isAfter(closes)) {
            throw new IllegalArgumentException("Enrolment opens on " + opens + ", after it closes on " + closes);
        }
        this.startsOn = starts;
        this.endsOn = ends;
        this.prospectusOn = prospectus;
        this.enrolmentOpens = opens;
        this.enrolmentCloses = closes;
    }

    /** True from the opening day to the closing day, both included. */
    public boolean isEnrolmentOpenOn(LocalDate date) {
        return !date.isBefore(enrolmentOpens) && !date.isAfter(enrolmentCloses);
    }

    /** True from the prospectus publication day on. */
    public boolean isProspectusPublishedOn(LocalDate date) {
        return !date.isBefore(prospectusOn);
    }

    /** True when the date falls within the term, both ends included. */
    public boolean includes(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getProspectusOn() {
        return prospectusOn;
    }

    public LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    @Override
    public String toString() {
        return "Term#" + getId() + " " + name;
    }
}
