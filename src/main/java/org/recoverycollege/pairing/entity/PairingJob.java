package org.recoverycollege.pairing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * One background solve of a term's pairing, kept in the database so that any instance can show its
 * progress and stop it. The instance running it writes a heartbeat; a running job whose heartbeat stopped
 * (its server went away) counts as failed.
 */
@Entity
@Table(name = "pairing_job")
@NamedQuery(name = PairingJob.FIND_LATEST_BY_TERM,
        query = "SELECT j FROM PairingJob j WHERE j.termId = :termId ORDER BY j.startedAt DESC, j.id DESC")
public class PairingJob extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_LATEST_BY_TERM = "PairingJob.findLatestByTerm";
    public static final int ACTOR_MAX = 254;
    public static final int SCORE_MAX = 64;
    /** A running job whose heartbeat is older than this is taken as abandoned. */
    public static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(30);

    @Column(name = "term_id", nullable = false, updatable = false)
    private long termId;

    @Column(name = "running_term_id")
    private Long runningTermId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PairingJobStatus status;

    @Size(max = ACTOR_MAX)
    @Column(name = "started_by", nullable = false, updatable = false, length = ACTOR_MAX)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Size(max = SCORE_MAX)
    @Column(name = "best_score", length = SCORE_MAX)
    private String bestScore;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    protected PairingJob() {
        // for JPA
    }

    public PairingJob(long termId, String startedBy, OffsetDateTime now) {
        this.termId = termId;
        this.runningTermId = termId;
        this.status = PairingJobStatus.RUNNING;
        this.startedBy = Texts.required(startedBy, ACTOR_MAX, "started by");
        this.startedAt = Objects.requireNonNull(now, "time");
        this.heartbeatAt = now;
    }

    public boolean isRunning() {
        return status == PairingJobStatus.RUNNING;
    }

    /** Running, but its server has not been heard of for {@link #HEARTBEAT_TIMEOUT}. */
    public boolean isAbandoned(OffsetDateTime now) {
        return isRunning() && heartbeatAt.plus(HEARTBEAT_TIMEOUT).isBefore(now);
    }

    public void beat(OffsetDateTime now) {
        this.heartbeatAt = now;
    }

    public void recordBestScore(String score, OffsetDateTime now) {
        this.bestScore = Texts.optional(score, SCORE_MAX, "score");
        this.heartbeatAt = now;
    }

    public void requestStop() {
        this.stopRequested = true;
    }

    public void end(PairingJobStatus how, OffsetDateTime now) {
        if (how == PairingJobStatus.RUNNING) {
            throw new IllegalArgumentException("A job ends as finished, stopped or failed");
        }
        if (isRunning()) {
            this.status = how;
            this.runningTermId = null;
            this.finishedAt = now;
        }
    }

    /** How long it ran, or has run so far. */
    public Duration elapsed(OffsetDateTime now) {
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }

    public long getTermId() {
        return termId;
    }

    public PairingJobStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getBestScore() {
        return bestScore;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }
}
