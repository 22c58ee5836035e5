package org.recoverycollege.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A student's end-of-course feedback, one per enrolment: an overall rating, free text, and optionally a
 * wellbeing score before and after on one of the Warwick-Edinburgh scales. A score needs its scale and must
 * lie in the scale's range (WEMWBS 14-70, SWEMWBS 7-35), as ck_evaluation_scores also demands.
 */
@Entity
@Table(name = "evaluation")
@NamedQuery(name = Evaluation.FIND_BY_ENROLMENT,
        query = "SELECT e FROM Evaluation e WHERE e.enrolment = :enrolment")
@NamedQuery(name = Evaluation.FIND_BY_RUN,
        query = "SELECT e FROM Evaluation e WHERE e.enrolment.run = :run ORDER BY e.submittedAt")
public class Evaluation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ENROLMENT = "Evaluation.findByEnrolment";
    public static final String FIND_BY_RUN = "Evaluation.findByRun";
    public static final int TEXT_MAX = 2000;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false, unique = true)
    private Enrolment enrolment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Rating rating;

    @Size(max = TEXT_MAX)
    @Column(name = "what_helped", length = TEXT_MAX)
    private String whatHelped;

    @Size(max = TEXT_MAX)
    @Column(name = "could_be_better", length = TEXT_MAX)
    private String couldBeBetter;

    @Enumerated(EnumType.STRING)
    @Column(name = "wellbeing_scale", length = 16)
    private WellbeingScale wellbeingScale;

    @Column(name = "wellbeing_before")
    private Integer wellbeingBefore;

    @Column(name = "wellbeing_after")
    private Integer wellbeingAfter;

    @NotNull
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    protected Evaluation() {
        // for JPA
    }

    /**
     * Feedback with optional wellbeing scores; refuses a score without a scale and a score outside the
     * scale's range with an {@link IllegalArgumentException}.
     */
    public Evaluation(Enrolment enrolment, Rating rating, String whatHelped, String couldBeBetter,
            WellbeingScale wellbeingScale, Integer wellbeingBefore, Integer wellbeingAfter,
            OffsetDateTime submittedAt) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.rating = Objects.requireNonNull(rating, "rating");
        this.whatHelped = Texts.optional(whatHelped, TEXT_MAX, "what helped");
        this.couldBeBetter = Texts.optional(couldBeBetter, TEXT_MAX, "what could be better");
        checkScore(wellbeingScale, wellbeingBefore, "before");
        checkScore(wellbeingScale, wellbeingAfter, "after");
        this.wellbeingScale = wellbeingScale;
        this.wellbeingBefore = wellbeingBefore;
        this.wellbeingAfter = wellbeingAfter;
        this.submittedAt = Objects.requireNonNull(submittedAt, "time");
    }

    /** Feedback without wellbeing scores. */
    public Evaluation(Enrolment enrolment, Rating rating, String whatHelped, String couldBeBetter,
            OffsetDateTime submittedAt) {
        this(enrolment, rating, whatHelped, couldBeBetter, null, null, null, submittedAt);
    }

    private static void checkScore(WellbeingScale scale, Integer score, String when) {
        if (score == null) {
            return;
        }
        if (scale == null) {
            throw new IllegalArgumentException("A wellbeing score (" + when + ") needs its scale");
        }
        if (!scale.accepts(score)) {
            throw new IllegalArgumentException("A " + scale + " score runs from " + scale.min() + " to "
                    + scale.max() + "; the score " + when + " was " + score);
        }
    }

    /** Drops the free-text answers, which may identify the writer; the rating and scores stay for the figures. */
    public void anonymise() {
        this.whatHelped = null;
        this.couldBeBetter = null;
    }

    /** After minus before, when both were given. */
    public Integer wellbeingChange() {
        return wellbeingBefore == null || wellbeingAfter == null ? null : wellbeingAfter - wellbeingBefore;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Rating getRating() {
        return rating;
    }

    public String getWhatHelped() {
        return whatHelped;
    }

    public String getCouldBeBetter() {
        return couldBeBetter;
    }

    public WellbeingScale getWellbeingScale() {
        return wellbeingScale;
    }

    public Integer getWellbeingBefore() {
        return wellbeingBefore;
    }

    public Integer getWellbeingAfter() {
        return wellbeingAfter;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
