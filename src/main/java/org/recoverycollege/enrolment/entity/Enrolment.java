package org.recoverycollege.enrolment.entity;

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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.platform.entity.BaseEntity;

/**
 * A student's place on a course run: confirmed, on the waiting list, cancelled by the student,
 * withdrawn by the college or completed.
 * <p>
 * {@code live_student_id} equals the student's id while the enrolment is live (confirmed or waitlisted)
 * and is null otherwise; with the unique key on (run_id, live_student_id) the database holds at most one
 * live enrolment per student and run. Every transition here keeps that column in step with the status,
 * as the CHECK constraint demands, so the student must have been saved (have an id) first.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.FIND_LIVE_BY_STUDENT_AND_RUN,
        query = "SELECT e FROM Enrolment e WHERE e.student = :student AND e.run = :run AND e.liveStudentId IS NOT NULL")
@NamedQuery(name = Enrolment.FIND_WAITING_LIST_BY_RUN,
        query = "SELECT e FROM Enrolment e WHERE e.run = :run"
                + " AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.WAITLISTED"
                + " ORDER BY e.requestedAt, e.id")
@NamedQuery(name = Enrolment.FIND_BY_STUDENT,
        query = "SELECT DISTINCT e FROM Enrolment e LEFT JOIN FETCH e.run r LEFT JOIN FETCH r.course LEFT JOIN FETCH r.term"
                + " LEFT JOIN FETCH r.venue LEFT JOIN FETCH r.sessions s LEFT JOIN FETCH s.room"
                + " WHERE e.student = :student ORDER BY e.requestedAt DESC, e.id DESC")
@NamedQuery(name = Enrolment.FIND_LIVE_BY_STUDENT,
        query = "SELECT e FROM Enrolment e WHERE e.student = :student AND e.liveStudentId IS NOT NULL"
                + " ORDER BY e.requestedAt, e.id")
@NamedQuery(name = Enrolment.FIND_BY_RUN_AND_STATUS,
        query = "SELECT e FROM Enrolment e WHERE e.run = :run AND e.status = :status ORDER BY e.requestedAt, e.id")
@NamedQuery(name = Enrolment.FIND_WAITING_TO_MOVE_FROM,
        query = "SELECT e FROM Enrolment e WHERE e.movedFrom = :from"
                + " AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.WAITLISTED")
@NamedQuery(name = Enrolment.FIND_EXPIRED_OFFERS,
        query = "SELECT e.id FROM Enrolment e WHERE e.offerExpiresAt <= :now ORDER BY e.offerExpiresAt, e.id")
@NamedQuery(name = Enrolment.COUNT_BY_RUN_AND_STATUS,
        query = "SELECT COUNT(e) FROM Enrolment e WHERE e.run = :run AND e.status = :status")
public class Enrolment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The live (confirmed or waitlisted) enrolment of {@code :student} on {@code :run}, if any. */
    public static final String FIND_LIVE_BY_STUDENT_AND_RUN = "Enrolment.findLiveByStudentAndRun";
    /** The waiting list of {@code :run}, first come first served. */
    public static final String FIND_WAITING_LIST_BY_RUN = "Enrolment.findWaitingListByRun";
    /** All enrolments of {@code :student}, newest first. */
    public static final String FIND_BY_STUDENT = "Enrolment.findByStudent";
    /** The live enrolments of {@code :student}, oldest first. */
    public static final String FIND_LIVE_BY_STUDENT = "Enrolment.findLiveByStudent";
    /** The enrolments of {@code :run} with {@code :status}, oldest first. */
    public static final String FIND_BY_RUN_AND_STATUS = "Enrolment.findByRunAndStatus";
    /** The waiting-list entry of a person moving away from the confirmed place {@code :from}, if any. */
    public static final String FIND_WAITING_TO_MOVE_FROM = "Enrolment.findWaitingToMoveFrom";
    /** The ids of waiting-list entries whose offer of a place ended at or before {@code :now}, oldest first. */
    public static final String FIND_EXPIRED_OFFERS = "Enrolment.findExpiredOffers";
    /** How many enrolments of {@code :run} have {@code :status} (a Long). */
    public static final String COUNT_BY_RUN_AND_STATUS = "Enrolment.countByRunAndStatus";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private Student student;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private CourseRun run;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "live_student_id")
    private Long liveStudentId;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @NotNull
    @Column(name = "status_changed_at", nullable = false)
    private OffsetDateTime statusChangedAt;

    /**
     * For a waiting-list entry made by moving a person to a full run: the confirmed place they keep meanwhile,
     * released when this entry is confirmed.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moved_from_id", updatable = false)
    private Enrolment movedFrom;

    /** When a freed place was last offered to this person; kept after the offer closes (its link names it). */
    @Column(name = "offered_at")
    private OffsetDateTime offeredAt;

    /** Until when the offered place is held for this person (ck_enrolment_offer: only while waiting). */
    @Column(name = "offer_expires_at")
    private OffsetDateTime offerExpiresAt;

    protected Enrolment() {
        // for JPA
    }

    private Enrolment(Student student, CourseRun run, EnrolmentStatus status, OffsetDateTime now) {
        this.student = Objects.requireNonNull(student, "student");
        this.run = Objects.requireNonNull(run, "run");
        if (student.getId() == null) {
            throw new IllegalStateException("Save the student before enrolling them: the live key needs its id");
        }
        if (student.isErased()) {
            throw new IllegalStateException("An erased student cannot enrol");
        }
        this.requestedAt = Objects.requireNonNull(now, "time");
        moveTo(status, now);
    }

    /** A confirmed place; the caller has already taken the place with the run's conditional update. */
    public static Enrolment confirmed(Student student, CourseRun run, OffsetDateTime now) {
        return new Enrolment(student, run, EnrolmentStatus.CONFIRMED, now);
    }

    /** A place on the waiting list, which is served in order of {@code requestedAt}. */
    public static Enrolment waitlisted(Student student, CourseRun run, OffsetDateTime now) {
        return new Enrolment(student, run, EnrolmentStatus.WAITLISTED, now);
    }

    /**
     * A place on another run's waiting list for a person moved there from {@code keptPlace}, a confirmed place
     * of the same student that they keep until this entry is confirmed.
     */
    public static Enrolment waitlistedKeeping(Enrolment keptPlace, CourseRun run, OffsetDateTime now) {
        if (!keptPlace.isConfirmed() || keptPlace.getRun().equals(run)) {
            throw new IllegalArgumentException("Only a confirmed place on another run is kept while waiting");
        }
        Enrolment enrolment = new Enrolment(keptPlace.getStudent(), run, EnrolmentStatus.WAITLISTED, now);
        enrolment.movedFrom = keptPlace;
        return enrolment;
    }

    /** Gives a waitlisted student a freed place (also when they accept a place offered to them). */
    public void confirmFromWaitingList(OffsetDateTime now) {
        require(EnumSet.of(EnrolmentStatus.WAITLISTED), "confirm from the waiting list");
        moveTo(EnrolmentStatus.CONFIRMED, now);
    }

    /**
     * Offers a waitlisted student a freed place, held for them until {@code expiresAt}; the caller has already
     * taken the place with the run's conditional update.
     */
    public void offerPlace(OffsetDateTime now, OffsetDateTime expiresAt) {
        require(EnumSet.of(EnrolmentStatus.WAITLISTED), "offer a place to");
        if (hasOpenOffer()) {
            throw new IllegalStateException("A place is already offered to this person until " + offerExpiresAt);
        }
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("An offer must end after it is made, not at " + expiresAt);
        }
        this.offeredAt = now;
        this.offerExpiresAt = expiresAt;
    }

    /** A freed place is offered to this person and held for them until they answer or the offer ends. */
    public boolean hasOpenOffer() {
        return offerExpiresAt != null;
    }

    /** The offer's time is up (the sweep, or the person's late answer, then passes the place on). */
    public boolean isOfferExpiredAt(OffsetDateTime now) {
        return hasOpenOffer() && !now.isBefore(offerExpiresAt);
    }

    /** Holds one of the run's places: a confirmed place, or one offered and not yet answered. */
    public boolean holdsPlace() {
        return isConfirmed() || hasOpenOffer();
    }

    /** The student gives up their place or leaves the waiting list. */
    public void cancelByStudent(OffsetDateTime now) {
        require(EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED), "cancel");
        moveTo(EnrolmentStatus.CANCELLED, now);
    }

    /** The college takes the place or waiting-list entry away (for example when the run is cancelled). */
    public void withdrawByCollege(OffsetDateTime now) {
        require(EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED), "withdraw");
        moveTo(EnrolmentStatus.WITHDRAWN, now);
    }

    /** The student attended enough of a confirmed place to complete the course. */
    public void complete(OffsetDateTime now) {
        require(EnumSet.of(EnrolmentStatus.CONFIRMED), "complete");
        moveTo(EnrolmentStatus.COMPLETED, now);
    }

    private void require(Set<EnrolmentStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalStateException("Cannot " + action + " an enrolment that is " + status
                    + " (it must be " + allowed + ")");
        }
    }

    /** Changes the status and keeps the live key in step with it, as ck_enrolment_live requires. */
    private void moveTo(EnrolmentStatus newStatus, OffsetDateTime now) {
        this.status = newStatus;
        this.statusChangedAt = Objects.requireNonNull(now, "time");
        this.liveStudentId = newStatus.isLive() ? student.getId() : null;
        if (newStatus != EnrolmentStatus.WAITLISTED) {
            // an offer is open only on the waiting list (ck_enrolment_offer); the audit log keeps its history
            this.offerExpiresAt = null;
        }
    }

    /** Confirmed or waitlisted: the student holds or awaits a place. */
    public boolean isLive() {
        return status.isLive();
    }

    public boolean isConfirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }

    public boolean isWaitlisted() {
        return status == EnrolmentStatus.WAITLISTED;
    }

    /** The confirmed place this waiting-list entry still keeps for the person moving here, if it is still held. */
    public Optional<Enrolment> keptPlace() {
        return isWaitlisted() && movedFrom != null && movedFrom.isConfirmed()
                ? Optional.of(movedFrom) : Optional.empty();
    }

    public Student getStudent() {
        return student;
    }

    public CourseRun getRun() {
        return run;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Long getLiveStudentId() {
        return liveStudentId;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public OffsetDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public OffsetDateTime getOfferedAt() {
        return offeredAt;
    }

    public OffsetDateTime getOfferExpiresAt() {
        return offerExpiresAt;
    }
}
