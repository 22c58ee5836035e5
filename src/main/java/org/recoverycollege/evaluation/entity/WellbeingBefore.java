package org.recoverycollege.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * A person's wellbeing total at the start of a course, on a named scale: given once per place, when the
 * place is confirmed or at the first session (uq_wellbeing_before_enrolment).
 */
@Entity
@Table(name = "wellbeing_before")
@NamedQuery(name = WellbeingBefore.FIND_BY_ENROLMENT,
        query = "SELECT w FROM WellbeingBefore w WHERE w.enrolment = :enrolment")
public class WellbeingBefore extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ENROLMENT = "WellbeingBefore.findByEnrolment";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private WellbeingScale scale;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected WellbeingBefore() {
        // for JPA
    }

    /** Refuses a score outside the scale's range with an {@link IllegalArgumentException}. */
    public WellbeingBefore(Enrolment enrolment, WellbeingScale scale, int score, OffsetDateTime recordedAt) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.scale = Objects.requireNonNull(scale, "scale");
        if (!scale.accepts(score)) {
            throw new IllegalArgumentException("A " + scale + " score runs from " + scale.min() + " to " + scale.max());
        }
        this.score = score;
        this.recordedAt = Objects.requireNonNull(recordedAt, "time");
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public WellbeingScale getScale() {
        return scale;
    }

    public int getScore() {
        return score;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
