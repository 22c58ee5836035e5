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
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A tutor's place as co-facilitator of a run. The pairing proposes it, an administrator offers it, the
 * tutor accepts or declines, and the college may withdraw it.
 * <p>
 * The expertise is copied from the tutor (a composite foreign key checks it) and {@code live_expertise}
 * equals it while the assignment stands (proposed, offered or accepted) and is null otherwise; with the
 * unique key on (run_id, live_expertise) a run holds at most one live peer and one live professional.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(name = Assignment.FIND_LIVE_BY_RUN,
        query = "SELECT a FROM Assignment a WHERE a.run = :run AND a.liveExpertise IS NOT NULL ORDER BY a.expertise")
@NamedQuery(name = Assignment.FIND_BY_RUN,
        query = "SELECT a FROM Assignment a WHERE a.run = :run ORDER BY a.updatedAt DESC, a.id DESC")
@NamedQuery(name = Assignment.FIND_BY_TUTOR,
        query = "SELECT a FROM Assignment a WHERE a.tutor = :tutor ORDER BY a.updatedAt DESC, a.id DESC")
@NamedQuery(name = Assignment.FIND_LIVE_BY_TUTOR,
        query = "SELECT a FROM Assignment a WHERE a.tutor = :tutor AND a.liveExpertise IS NOT NULL ORDER BY a.id")
public class Assignment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The standing assignments of {@code :run}: at most one per expertise. */
    public static final String FIND_LIVE_BY_RUN = "Assignment.findLiveByRun";
    public static final String FIND_BY_RUN = "Assignment.findByRun";
    /** All assignments of {@code :tutor}, most recently changed first. */
    public static final String FIND_BY_TUTOR = "Assignment.findByTutor";
    public static final String FIND_LIVE_BY_TUTOR = "Assignment.findLiveByTutor";
    public static final int REASON_MAX = 500;
    public static final int ACTOR_MAX = 254;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private CourseRun run;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_id", nullable = false, updatable = false)
    private Tutor tutor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Expertise expertise;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "live_expertise", length = 16)
    private Expertise liveExpertise;

    @Size(max = REASON_MAX)
    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Size(max = ACTOR_MAX)
    @Column(name = "published_by", length = ACTOR_MAX)
    private String publishedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Assignment() {
        // for JPA
    }

    private Assignment(CourseRun run, Tutor tutor, OffsetDateTime now) {
        this.run = Objects.requireNonNull(run, "run");
        this.tutor = Objects.requireNonNull(tutor, "tutor");
        if (run.getStatus().isClosed()) {
            throw new IllegalStateException("Cannot assign a tutor to a run that is " + run.getStatus());
        }
        this.expertise = tutor.getExpertise();
        moveTo(AssignmentStatus.PROPOSED, now);
    }

    /** The pairing's proposal of this tutor for the run, not yet shown to the tutor. */
    public static Assignment propose(CourseRun run, Tutor tutor, OffsetDateTime now) {
        return new Assignment(run, tutor, now);
    }

    /** Publishes the proposal to the tutor, who may then accept or decline it. */
    public void offer(String by, OffsetDateTime now) {
        require(EnumSet.of(AssignmentStatus.PROPOSED), "offer");
        this.publishedBy = Texts.required(by, ACTOR_MAX, "published by");
        this.publishedAt = Objects.requireNonNull(now, "time");
        moveTo(AssignmentStatus.OFFERED, now);
    }

    public void accept(OffsetDateTime now) {
        require(EnumSet.of(AssignmentStatus.OFFERED), "accept");
        moveTo(AssignmentStatus.ACCEPTED, now);
    }

    /** The tutor turns the offer down, optionally saying why. */
    public void decline(String reason, OffsetDateTime now) {
        require(EnumSet.of(AssignmentStatus.OFFERED), "decline");
        this.declineReason = Texts.optional(reason, REASON_MAX, "reason");
        moveTo(AssignmentStatus.DECLINED, now);
    }

    /** The college takes the assignment back (re-pairing, run cancelled). */
    public void withdraw(OffsetDateTime now) {
        require(EnumSet.of(AssignmentStatus.PROPOSED, AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED),
                "withdraw");
        moveTo(AssignmentStatus.WITHDRAWN, now);
    }

    private void require(Set<AssignmentStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalStateException("Cannot " + action + " an assignment that is " + status
                    + " (it must be " + allowed + ")");
        }
    }

    /** Changes the status and keeps the live key in step with it, as ck_assignment_live requires. */
    private void moveTo(AssignmentStatus newStatus, OffsetDateTime now) {
        this.status = newStatus;
        this.updatedAt = Objects.requireNonNull(now, "time");
        this.liveExpertise = newStatus.isLive() ? expertise : null;
    }

    /** Proposed, offered or accepted. */
    public boolean isLive() {
        return status.isLive();
    }

    /** Offered or accepted: the tutor can see it. */
    public boolean isPublished() {
        return status == AssignmentStatus.OFFERED || status == AssignmentStatus.ACCEPTED;
    }

    public CourseRun getRun() {
        return run;
    }

    public Tutor getTutor() {
        return tutor;
    }

    public Expertise getExpertise() {
        return expertise;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Expertise getLiveExpertise() {
        return liveExpertise;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
