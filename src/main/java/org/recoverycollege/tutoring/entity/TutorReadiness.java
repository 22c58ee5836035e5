package org.recoverycollege.tutoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * One readiness item of a tutor (induction, safeguarding, DBS check...): when it was completed and, for
 * items that lapse, the day it expires. It is valid up to and including its expiry day.
 */
@Entity
@Table(name = "tutor_readiness")
@NamedQuery(name = TutorReadiness.FIND_EXPIRING,
        query = "SELECT r FROM TutorReadiness r WHERE r.expiresOn IS NOT NULL AND r.expiresOn <= :until"
                + " AND r.expiresOn >= :from AND (r.remindedFor IS NULL OR r.remindedFor <> r.expiresOn)"
                + " AND r.tutor.active = TRUE ORDER BY r.expiresOn, r.id")
@NamedQuery(name = TutorReadiness.CLAIM_REMINDER,
        query = "UPDATE TutorReadiness r SET r.remindedFor = r.expiresOn, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.expiresOn = :expiresOn"
                + " AND (r.remindedFor IS NULL OR r.remindedFor <> r.expiresOn)")
public class TutorReadiness extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Items of active tutors expiring from {@code :from} to {@code :until} not yet reminded of. */
    public static final String FIND_EXPIRING = "TutorReadiness.findExpiring";
    /** Marks item {@code :id} as reminded for {@code :expiresOn}; updates nothing when already done. */
    public static final String CLAIM_REMINDER = "TutorReadiness.claimReminder";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ReadinessItem item;

    @NotNull
    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    protected TutorReadiness() {
        // for JPA
    }

    /** Made by {@link Tutor#recordReadiness}. */
    TutorReadiness(Tutor tutor, ReadinessItem item, LocalDate completedOn, LocalDate expiresOn) {
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        this.item = Objects.requireNonNull(item, "item");
        change(completedOn, expiresOn);
    }

    /** New dates (a renewal): a new expiry day will be reminded of again. */
    void change(LocalDate completedOn, LocalDate expiresOn) {
        Objects.requireNonNull(completedOn, "completion date");
        if (expiresOn != null && !expiresOn.isAfter(completedOn)) {
            throw new IllegalArgumentException("expiry must come after completion");
        }
        this.completedOn = completedOn;
        this.expiresOn = expiresOn;
    }

    /** True when the item is no longer valid on that day. */
    public boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    public Tutor getTutor() {
        return tutor;
    }

    public ReadinessItem getItem() {
        return item;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }
}
