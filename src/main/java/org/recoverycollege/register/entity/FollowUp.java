package org.recoverycollege.register.entity;

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
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A follow-up call the office owes a person with a place who stopped coming (absent without apology at the
 * first session, or at several sessions in a row). At most one per place (uq_follow_up_enrolment); open
 * until the office records its outcome.
 */
@Entity
@Table(name = "follow_up")
@NamedQuery(name = FollowUp.FIND_OPEN, query = "SELECT f FROM FollowUp f WHERE f.outcome IS NULL ORDER BY f.openedAt, f.id")
@NamedQuery(name = FollowUp.COUNT_BY_ENROLMENT, query = "SELECT COUNT(f) FROM FollowUp f WHERE f.enrolment = :enrolment")
@NamedQuery(name = FollowUp.FIND_CLOSED_SINCE,
        query = "SELECT f FROM FollowUp f WHERE f.outcome IS NOT NULL AND f.outcomeAt >= :since ORDER BY f.outcomeAt DESC, f.id")
public class FollowUp extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_OPEN = "FollowUp.findOpen";
    public static final String COUNT_BY_ENROLMENT = "FollowUp.countByEnrolment";
    public static final String FIND_CLOSED_SINCE = "FollowUp.findClosedSince";
    public static final int ACTOR_MAX = 254;

    /** Why the follow-up was opened. */
    public enum Reason {
        FIRST_SESSION,
        IN_A_ROW
    }

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Reason reason;

    @NotNull
    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private FollowUpOutcome outcome;

    @Column(name = "outcome_by", length = ACTOR_MAX)
    private String outcomeBy;

    @Column(name = "outcome_at")
    private OffsetDateTime outcomeAt;

    protected FollowUp() {
        // for JPA
    }

    public FollowUp(Enrolment enrolment, CourseSession session, Reason reason, OffsetDateTime openedAt) {
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.session = Objects.requireNonNull(session, "session");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.openedAt = Objects.requireNonNull(openedAt, "time");
    }

    /** Records how the call went; a follow-up is closed once. */
    public void close(FollowUpOutcome how, String by, OffsetDateTime at) {
        if (outcome != null) {
            throw new IllegalStateException("The follow-up already ended with " + outcome);
        }
        this.outcome = Objects.requireNonNull(how, "outcome");
        this.outcomeBy = Texts.required(by, ACTOR_MAX, "by");
        this.outcomeAt = Objects.requireNonNull(at, "time");
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public CourseSession getSession() {
        return session;
    }

    public Reason getReason() {
        return reason;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public FollowUpOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }

    public OffsetDateTime getOutcomeAt() {
        return outcomeAt;
    }
}
