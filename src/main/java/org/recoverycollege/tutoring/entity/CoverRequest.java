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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * A request to cover one session for a tutor who cannot make it. The cover tutor must share the absent
 * tutor's expertise (a peer trainer covers a peer trainer; composite foreign keys check it) and be someone
 * else. {@code live_absent_tutor_id} equals the absent tutor's id while the request stands (open, asked
 * or accepted) and is null otherwise, so a session holds one standing request per absent tutor.
 */
@Entity
@Table(name = "cover_request")
@NamedQuery(name = CoverRequest.FIND_LIVE_BY_SESSION,
        query = "SELECT c FROM CoverRequest c WHERE c.session = :session AND c.liveAbsentTutorId IS NOT NULL")
@NamedQuery(name = CoverRequest.FIND_LIVE,
        query = "SELECT c FROM CoverRequest c WHERE c.liveAbsentTutorId IS NOT NULL ORDER BY c.requestedAt, c.id")
@NamedQuery(name = CoverRequest.FIND_ASKED_OF,
        query = "SELECT c FROM CoverRequest c WHERE c.coverTutor = :tutor"
                + " AND c.status = org.recoverycollege.tutoring.entity.CoverStatus.ASKED ORDER BY c.requestedAt")
@NamedQuery(name = CoverRequest.FIND_ACCEPTED_BY_COVER_TUTOR,
        query = "SELECT c FROM CoverRequest c WHERE c.coverTutor = :tutor"
                + " AND c.status = org.recoverycollege.tutoring.entity.CoverStatus.ACCEPTED")
@NamedQuery(name = CoverRequest.FIND_LIVE_BY_ABSENT_TUTOR,
        query = "SELECT c FROM CoverRequest c WHERE c.absentTutor = :tutor AND c.liveAbsentTutorId IS NOT NULL")
public class CoverRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_LIVE_BY_SESSION = "CoverRequest.findLiveBySession";
    public static final String FIND_LIVE = "CoverRequest.findLive";
    /** Requests waiting for {@code :tutor}'s answer. */
    public static final String FIND_ASKED_OF = "CoverRequest.findAskedOf";
    /** Sessions {@code :tutor} agreed to cover. */
    public static final String FIND_ACCEPTED_BY_COVER_TUTOR = "CoverRequest.findAcceptedByCoverTutor";
    /** The standing requests for cover of {@code :tutor}'s sessions. */
    public static final String FIND_LIVE_BY_ABSENT_TUTOR = "CoverRequest.findLiveByAbsentTutor";
    public static final int ACTOR_MAX = 254;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "absent_tutor_id", nullable = false, updatable = false)
    private Tutor absentTutor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_tutor_id")
    private Tutor coverTutor;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Expertise expertise;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoverStatus status;

    @Column(name = "live_absent_tutor_id")
    private Long liveAbsentTutorId;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(name = "requested_by", nullable = false, length = ACTOR_MAX, updatable = false)
    private String requestedBy;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    protected CoverRequest() {
        // for JPA
    }

    /** An open request; the absent tutor must have been saved (the live key needs their id). */
    public CoverRequest(CourseSession session, Tutor absentTutor, String requestedBy, OffsetDateTime requestedAt) {
        this.session = Objects.requireNonNull(session, "session");
        this.absentTutor = Objects.requireNonNull(absentTutor, "absent tutor");
        if (absentTutor.getId() == null) {
            throw new IllegalStateException("Save the absent tutor first: the live key needs their id");
        }
        this.expertise = absentTutor.getExpertise();
        this.requestedBy = Texts.required(requestedBy, ACTOR_MAX, "requested by");
        this.requestedAt = Objects.requireNonNull(requestedAt, "time");
        moveTo(CoverStatus.OPEN);
    }

    /** Asks a tutor of the same expertise, other than the absent one, to cover. */
    public void ask(Tutor cover) {
        Objects.requireNonNull(cover, "cover tutor");
        require(EnumSet.of(CoverStatus.OPEN), "ask for cover on");
        if (cover == absentTutor || cover.equals(absentTutor)) {
            throw new IllegalArgumentException("The absent tutor cannot cover their own session");
        }
        if (cover.getExpertise() != expertise) {
            throw new IllegalArgumentException("Cover for a " + expertise + " tutor must also be " + expertise
                    + ", not " + cover.getExpertise());
        }
        this.coverTutor = cover;
        moveTo(CoverStatus.ASKED);
    }

    /** The asked tutor agrees to cover. */
    public void accept() {
        require(EnumSet.of(CoverStatus.ASKED), "accept");
        moveTo(CoverStatus.ACCEPTED);
    }

    /** The asked tutor cannot cover; the request closes and a new one may be made. */
    public void decline() {
        require(EnumSet.of(CoverStatus.ASKED), "decline");
        moveTo(CoverStatus.DECLINED);
    }

    /** Cover is no longer needed. */
    public void cancel() {
        require(EnumSet.of(CoverStatus.OPEN, CoverStatus.ASKED, CoverStatus.ACCEPTED), "cancel");
        moveTo(CoverStatus.CANCELLED);
    }

    private void require(Set<CoverStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalStateException("Cannot " + action + " a cover request that is " + status
                    + " (it must be " + allowed + ")");
        }
    }

    /** Changes the status and keeps the live key in step with it, as ck_cover_live requires. */
    private void moveTo(CoverStatus newStatus) {
        this.status = newStatus;
        this.liveAbsentTutorId = newStatus.isLive() ? absentTutor.getId() : null;
    }

    public boolean isLive() {
        return status.isLive();
    }

    public CourseSession getSession() {
        return session;
    }

    public Tutor getAbsentTutor() {
        return absentTutor;
    }

    public Tutor getCoverTutor() {
        return coverTutor;
    }

    public Expertise getExpertise() {
        return expertise;
    }

    public CoverStatus getStatus() {
        return status;
    }

    public Long getLiveAbsentTutorId() {
        return liveAbsentTutorId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }
}
