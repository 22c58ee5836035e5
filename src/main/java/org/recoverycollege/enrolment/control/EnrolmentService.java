package org.recoverycollege.enrolment.control;

import org.recoverycollege.platform.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/**
 * Places on runs. Capacity is held by the database: a place is taken only by the conditional UPDATE
 * {@value #TAKE_PLACE}, which PostgreSQL applies one transaction at a time per run row, so no number of
 * threads or application instances can confirm more places than the run has (ck_course_run_places backs it).
 * Whoever does not get a place joins the waiting list, which is served first come, first served.
 * <p>
 * A freed place goes to the first person waiting: at once, or (setting enrolment.offer-hours above 0) as an offer
 * they accept or decline by a deadline. An offered place is held for them in the run's count, and while anyone
 * waits nobody new takes a place, so neither capacity nor the order of the list depends on who answers first.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    /** Takes a place when one is free and nobody is already waiting for it (the waiting list comes first). */
    static final String TAKE_PLACE = "UPDATE course_run SET confirmed_count = confirmed_count + 1"
            + " WHERE id = ?1 AND confirmed_count < capacity"
            + " AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.run_id = ?1 AND e.status = 'WAITLISTED')";
    /** Gives a freed place to the waiting list. */
    private static final String TAKE_PLACE_FOR_WAITING = "UPDATE course_run SET confirmed_count = confirmed_count + 1"
            + " WHERE id = ?1 AND confirmed_count < capacity";
    private static final String FREE_PLACE = "UPDATE course_run SET confirmed_count = confirmed_count - 1"
            + " WHERE id = ?1 AND confirmed_count > 0";
    private static final String COMPLETED_COURSE = "SELECT COUNT(e) FROM Enrolment e WHERE e.student = :student"
            + " AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.COMPLETED"
            + " AND e.run.course = :course";
    /** With their sessions in the same query: every session of each is compared with the run asked for. */
    private static final String CONFIRMED_RUNS = "SELECT DISTINCT r FROM CourseRun r LEFT JOIN FETCH r.sessions"
            + " WHERE r IN (SELECT e.run FROM Enrolment e WHERE e.student = :student"
            + " AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.CONFIRMED)";
    private static final String WAITING_AHEAD = "SELECT COUNT(e) FROM Enrolment e WHERE e.run = :run"
            + " AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.WAITLISTED"
            + " AND (e.requestedAt < :requestedAt OR (e.requestedAt = :requestedAt AND e.id <= :id))";

    /** The actor the audit log names for changes made by the clock. */
    private static final String ENROLMENT = "Enrolment";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private EnrolmentMail mail;

    @Inject
    private AuditLog audit;

    @Inject
    private CollegeSettings settings;

    @Inject
    private OfferLinks offerLinks;

    /**
     * A confirmed place while places remain and nobody is waiting, otherwise a place on the waiting list.
     * Refused ({@link EnrolmentRefused}) when the run is not published or running, the enrolment window or the
     * run's own enrolment (setting enrolment.closes-at-session) is closed, the
     * student already holds a live place on the run, has not completed the prerequisite, or holds a
     * confirmed run whose sessions overlap this one.
     */
    public EnrolmentOutcome enrol(long studentId, long runId) {
        Student student = em.find(Student.class, studentId);
        CourseRun run = em.find(CourseRun.class, runId);
        if (student == null || student.isErased() || run == null) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        return enrol(student, run, null, null);
    }

    /**
     * The college moves a person to another run. A confirmed place is kept until a place on the other run is
     * theirs: when the other run has a free place (and nobody waiting) they take it at once and the old place is
     * released; otherwise they join its waiting list and keep the old place, which is released when they are
     * confirmed there (and then goes to the next person waiting on the old run). A waiting-list entry simply
     * moves to the other run's waiting list. The same rules as for enrolling apply, except that the place kept
     * does not count as an overlapping run.
     */
    public EnrolmentOutcome move(long enrolmentId, long targetRunId, @NotBlank String adminEmail) {
        Enrolment from = em.find(Enrolment.class, enrolmentId);
        CourseRun target = em.find(CourseRun.class, targetRunId);
        if (from == null || target == null) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        if (!from.isLive()) {
            throw new EnrolmentRefused("enrolment.refused.notLive");
        }
        if (!em.createNamedQuery(Enrolment.FIND_WAITING_TO_MOVE_FROM, Enrolment.class).setParameter("from", from)
                .getResultList().isEmpty()) {
            throw new EnrolmentRefused("enrolment.admin.alreadyMoving");
        }
        if (from.isConfirmed()) {
            return enrol(from.getStudent(), target, from, adminEmail);
        }
        Enrolment keptPlace = from.keptPlace().orElse(null);
        withdraw(enrolmentId, adminEmail);
        return enrol(from.getStudent(), target, keptPlace, adminEmail);
    }

    private EnrolmentOutcome enrol(Student student, CourseRun run, Enrolment keptPlace, String adminEmail) {
        if (findLive(student, run) != null) {
            throw new EnrolmentRefused("enrolment.refused.alreadyEnrolled");
        }
        LocalDateTime at = LocalDateTime.now(clock);
        boolean prerequisiteDone = run.getCourse().getPrerequisite() == null
                || em.createQuery(COMPLETED_COURSE, Long.class).setParameter("student", student)
                        .setParameter("course", run.getCourse().getPrerequisite()).getSingleResult() > 0;
        List<CourseRun> confirmedRuns = confirmedRunsOf(student, keptPlace);
        EnrolmentRules.refusal(run, at, settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION),
                prerequisiteDone, confirmedRuns).ifPresent(refused -> {
            throw refused;
        });

        long runId = run.getId();
        boolean placeTaken = takePlace(runId);
        if (!placeTaken) {
            // joining the waiting list takes turns on the run row, so positions are exact and in request order;
            // a place freed meanwhile is taken after all
            em.lock(run, LockModeType.PESSIMISTIC_WRITE);
            placeTaken = takePlace(runId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Enrolment enrolment;
        if (placeTaken) {
            enrolment = Enrolment.confirmed(student, run, now);
        } else {
            enrolment = keptPlace == null ? Enrolment.waitlisted(student, run, now)
                    : Enrolment.waitlistedKeeping(keptPlace, run, now);
        }
        try {
            em.persist(enrolment);
            em.flush();
        } catch (PersistenceException sameStudentAtOnce) {
            // uq_enrolment_live: a second request of the same student won the race; this one rolls back
            throw new EnrolmentRefused("enrolment.refused.alreadyEnrolled");
        }
        if (placeTaken) {
            mail.confirmed(enrolment);
            if (keptPlace != null) {
                releaseKeptPlace(keptPlace, enrolment, adminEmail);
            }
            return new EnrolmentOutcome(enrolment.getId(), EnrolmentStatus.CONFIRMED, 0);
        }
        int position = waitingListPosition(enrolment);
        if (keptPlace == null) {
            mail.waitlisted(enrolment, position, settings.intValue(Setting.WAITING_LIST_OFFER_HOURS));
        } else {
            mail.waitingToMove(enrolment, keptPlace, position);
        }
        return new EnrolmentOutcome(enrolment.getId(), EnrolmentStatus.WAITLISTED, position);
    }

    /**
     * The person moving away now has their place on the other run: the place they kept is released (withdrawn,
     * told by e-mail) and goes to the first person waiting there.
     */
    private void releaseKeptPlace(Enrolment keptPlace, Enrolment newPlace, String actor) {
        CourseRun run = lockRun(keptPlace.getRun().getId());
        keptPlace.withdrawByCollege(OffsetDateTime.now(clock));
        audit.changed(actor == null ? Caller.SYSTEM : actor, ENROLMENT, keptPlace.getId(), "movedToRun",
                run.getId(), newPlace.getRun().getId());
        mail.keptPlaceReleased(keptPlace, newPlace);
        freePlaceAndPromote(run);
    }

    /**
     * The student gives up their place or leaves the waiting list, until the first session starts; a freed
     * place goes to the first person waiting. Refused when the enrolment is not the student's own.
     */
    public void cancel(long enrolmentId, @NotBlank String studentEmail) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.getStudent().getAccount().getEmail().equalsIgnoreCase(studentEmail.strip())) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        if (!enrolment.isLive()) {
            throw new EnrolmentRefused("enrolment.refused.notLive");
        }
        CourseRun run = lockRun(enrolment.getRun().getId());
        if (!EnrolmentRules.mayCancelAt(run, LocalDateTime.now(clock))) {
            throw new EnrolmentRefused("enrolment.refused.started");
        }
        boolean heldPlace = enrolment.holdsPlace();
        enrolment.cancelByStudent(OffsetDateTime.now(clock));
        mail.cancelled(enrolment);
        if (heldPlace) {
            freePlaceAndPromote(run);
        }
    }

    /** The college withdraws a place or waiting-list entry; a freed place goes to the first person waiting. */
    public void withdraw(long enrolmentId, @NotBlank String adminEmail) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        if (!enrolment.isLive()) {
            throw new EnrolmentRefused("enrolment.refused.notLive");
        }
        CourseRun run = lockRun(enrolment.getRun().getId());
        boolean heldPlace = enrolment.holdsPlace();
        enrolment.withdrawByCollege(OffsetDateTime.now(clock));
        audit.recorded(adminEmail, AuditLog.UPDATE, "Enrolment", enrolment.getId());
        mail.withdrawn(enrolment);
        if (heldPlace) {
            freePlaceAndPromote(run);
        }
    }

    /**
     * Fills the run's free places from its waiting list, first come first served (for example after the
     * capacity was raised); each person promoted is told by e-mail. Returns how many were promoted.
     */
    public int promoteFromWaitingList(long runId) {
        return promote(lockRun(runId));
    }

    /**
     * Enrolment on the run has closed: everyone still waiting leaves the waiting list and is told by e-mail
     * that the run has started, with the course's next open run when there is one. Returns how many were told.
     */
    public int closeWaitingList(long runId) {
        CourseRun run = lockRun(runId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Enrolment> waiting = em.createNamedQuery(Enrolment.FIND_WAITING_LIST_BY_RUN, Enrolment.class)
                .setParameter("run", run).getResultList();
        Optional<CourseRun> next = waiting.isEmpty() ? Optional.empty() : nextOpenRun(run);
        for (Enrolment enrolment : waiting) {
            if (enrolment.hasOpenOffer()) {
                em.createNativeQuery(FREE_PLACE).setParameter(1, run.getId()).executeUpdate();
            }
            enrolment.withdrawByCollege(now);
            audit.changed(Caller.SYSTEM, ENROLMENT, enrolment.getId(), "status", EnrolmentStatus.WAITLISTED,
                    EnrolmentStatus.WITHDRAWN);
            mail.waitingRunStarted(enrolment, next.orElse(null));
        }
        return waiting.size();
    }

    /**
     * The whole run was cancelled: every place and waiting-list entry is withdrawn (nobody is promoted) and
     * each person is told by e-mail, with the reason.
     */
    public void runCancelled(long runId, String actor, String reason) {
        CourseRun run = lockRun(runId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (EnrolmentStatus status : List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED)) {
            for (Enrolment enrolment : em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                    .setParameter("run", run).setParameter("status", status).getResultList()) {
                enrolment.withdrawByCollege(now);
                audit.changed(actor, ENROLMENT, enrolment.getId(), "status", status, EnrolmentStatus.WITHDRAWN);
                mail.runCancelled(enrolment, reason);
            }
        }
    }

    /**
     * The person answers the place offered to them: accepting confirms it (and releases a place a move kept for
     * them); declining takes them off the waiting list and offers the place to the next person. Refused when the
     * enrolment is not theirs, no offer is open or its time is up, or (accepting) they have meanwhile taken a
     * place whose sessions overlap.
     */
    public void answerOffer(long enrolmentId, boolean accept, @NotBlank String studentEmail) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.getStudent().getAccount().getEmail().equalsIgnoreCase(studentEmail.strip())) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        answer(enrolment, accept, studentEmail);
    }

    /** The office answers an offer for the person (who told them by phone or at the desk), audited in its name. */
    public void answerOfferFor(long enrolmentId, boolean accept, @NotBlank String adminEmail) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        answer(enrolment, accept, adminEmail);
    }

    /** The person answers through the signed link of the offer's e-mail, which stands for signing in. */
    public void answerOfferByLink(long enrolmentId, String token, boolean accept) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !offerLinks.isValid(enrolment, token)) {
            throw new EnrolmentRefused("enrolment.offer.notOpen");
        }
        answer(enrolment, accept, enrolment.getStudent().getAccount().getEmail());
    }

    private void answer(Enrolment enrolment, boolean accept, String actor) {
        CourseRun run = lockRun(enrolment.getRun().getId());
        em.refresh(enrolment); // another instance may have answered or expired it before we held the run's lock
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!enrolment.hasOpenOffer()) {
            throw new EnrolmentRefused("enrolment.offer.notOpen");
        }
        if (enrolment.isOfferExpiredAt(now)) {
            throw new EnrolmentRefused("enrolment.offer.expired");
        }
        Enrolment keptPlace = enrolment.keptPlace().orElse(null);
        if (!accept) {
            enrolment.cancelByStudent(now);
            audit.changed(actor, ENROLMENT, enrolment.getId(), "offer", "OPEN", "DECLINED");
            mail.offerDeclined(enrolment);
            freePlaceAndPromote(run);
            return;
        }
        EnrolmentRules.clashWith(run, confirmedRunsOf(enrolment.getStudent(), keptPlace)).ifPresent(clash -> {
            throw new EnrolmentRefused("enrolment.refused.overlap", clash.getCourse().getTitle());
        });
        enrolment.confirmFromWaitingList(now);
        audit.changed(actor, ENROLMENT, enrolment.getId(), "offer", "OPEN", "ACCEPTED");
        mail.confirmed(enrolment);
        if (keptPlace != null) {
            releaseKeptPlace(keptPlace, enrolment, actor);
        }
    }

    /**
     * The offer's time is up: the person leaves the waiting list (told by e-mail) and the place is offered to the
     * next person. Safe on every instance at once: the run's lock makes one of them do it and the others find
     * the offer gone. Returns whether this call ended the offer.
     */
    public boolean expireOffer(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            return false;
        }
        CourseRun run = lockRun(enrolment.getRun().getId());
        em.refresh(enrolment);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!enrolment.isOfferExpiredAt(now)) {
            return false;
        }
        enrolment.withdrawByCollege(now);
        audit.changed(Caller.SYSTEM, ENROLMENT, enrolment.getId(), "offer", "OPEN", "EXPIRED");
        mail.offerExpired(enrolment);
        freePlaceAndPromote(run);
        return true;
    }

    /** The course's soonest other run that still takes enrolments. */
    private Optional<CourseRun> nextOpenRun(CourseRun run) {
        LocalDateTime now = LocalDateTime.now(clock);
        int closesAt = settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION);
        return em.createNamedQuery(CourseRun.FIND_BY_COURSE, CourseRun.class).setParameter("course", run.getCourse())
                .getResultStream()
                .filter(other -> !other.equals(run) && (other.getStatus() == RunStatus.PUBLISHED
                        || other.getStatus() == RunStatus.RUNNING) && !other.isEnrolmentOverAt(now, closesAt))
                .filter(other -> other.firstSession().isPresent())
                .min(Comparator.comparing(other -> other.firstSession().orElseThrow().startDateTime()));
    }

    /** The 1-based position of a waitlisted enrolment on its run's waiting list. */
    public int waitingListPosition(Enrolment enrolment) {
        return em.createQuery(WAITING_AHEAD, Long.class)
                .setParameter("run", enrolment.getRun())
                .setParameter("requestedAt", enrolment.getRequestedAt())
                .setParameter("id", enrolment.getId())
                .getSingleResult().intValue();
    }

    private boolean takePlace(long runId) {
        return em.createNativeQuery(TAKE_PLACE).setParameter(1, runId).executeUpdate() == 1;
    }

    private void freePlaceAndPromote(CourseRun run) {
        em.flush();
        em.createNativeQuery(FREE_PLACE).setParameter(1, run.getId()).executeUpdate();
        promote(run);
    }

    /**
     * The run row is locked first (SELECT ... FOR UPDATE), so cancellations and promotions on one run take
     * turns on every instance; new enrolments still take places only through the conditional UPDATE.
     */
    private CourseRun lockRun(long runId) {
        CourseRun run = em.find(CourseRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new EnrolmentRefused("enrolment.refused.notFound");
        }
        return run;
    }

    private int promote(CourseRun run) {
        if (run.getStatus() != RunStatus.PUBLISHED && run.getStatus() != RunStatus.RUNNING) {
            return 0;
        }
        int promoted = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        int offerHours = settings.intValue(Setting.WAITING_LIST_OFFER_HOURS);
        List<Enrolment> waiting = em.createNamedQuery(Enrolment.FIND_WAITING_LIST_BY_RUN, Enrolment.class)
                .setParameter("run", run).getResultList();
        for (Enrolment next : waiting) {
            if (next.hasOpenOffer()) {
                continue; // a place is already held for them until they answer
            }
            Enrolment keptPlace = next.keptPlace().orElse(null);
            if (EnrolmentRules.clashWith(run, confirmedRunsOf(next.getStudent(), keptPlace)).isPresent()) {
                continue; // they took an overlapping place meanwhile: they keep waiting, the next person is served
            }
            if (em.createNativeQuery(TAKE_PLACE_FOR_WAITING).setParameter(1, run.getId()).executeUpdate() == 0) {
                break;
            }
            Optional<OffsetDateTime> offerEnds = offerHours == 0 ? Optional.empty() : offerDeadline(run, now, offerHours);
            if (offerEnds.isPresent()) {
                next.offerPlace(now, offerEnds.get());
                audit.changed(Caller.SYSTEM, ENROLMENT, next.getId(), "offer", null, "OPEN");
                em.flush(); // the link signs the stored offer time
                mail.placeOffered(next, offerLinks.answerUrl(next));
            } else {
                next.confirmFromWaitingList(now);
                mail.promoted(next);
                if (keptPlace != null) {
                    releaseKeptPlace(keptPlace, next, null);
                }
            }
            promoted++;
        }
        return promoted;
    }

    /**
     * When an offer made now ends: after the setting's hours, but no later than the run's enrolment closes; empty
     * when it has (almost) closed already, so there is no time to ask and the place is simply given.
     */
    private Optional<OffsetDateTime> offerDeadline(CourseRun run, OffsetDateTime now, int offerHours) {
        OffsetDateTime deadline = now.plusHours(offerHours);
        Optional<OffsetDateTime> closes = run.enrolmentClosesAt(settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION))
                .map(at -> at.atZone(clock.getZone()).toOffsetDateTime());
        if (closes.isPresent() && closes.get().isBefore(deadline)) {
            deadline = closes.get();
        }
        return deadline.isAfter(now.plusMinutes(1)) ? Optional.of(deadline) : Optional.empty();
    }

    private Enrolment findLive(Student student, CourseRun run) {
        return em.createNamedQuery(Enrolment.FIND_LIVE_BY_STUDENT_AND_RUN, Enrolment.class)
                .setParameter("student", student).setParameter("run", run)
                .getResultStream().findFirst().orElse(null);
    }

    /** The runs of the student's confirmed places, without the place a move keeps for them meanwhile (if any). */
    private List<CourseRun> confirmedRunsOf(Student student, Enrolment keptPlace) {
        List<CourseRun> runs = em.createQuery(CONFIRMED_RUNS, CourseRun.class).setParameter("student", student)
                .getResultList();
        return keptPlace == null ? runs : runs.stream().filter(run -> !run.equals(keptPlace.getRun())).toList();
    }
}
