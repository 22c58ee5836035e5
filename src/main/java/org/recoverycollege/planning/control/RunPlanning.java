package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseStatus;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.SessionPattern;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.entity.WebLinks;

/**
 * Course runs and their sessions: created from a course and a session pattern, published and
 * unpublished, their capacity changed (never below the confirmed places), sessions moved or cancelled
 * with word to everyone concerned. Every change is audited. Reads run in a transaction too: pages read
 * right after queuing mail, and a non-transactional EntityManager can be closed under them by the
 * outbox's executor threads, which inherit the request's invocation.
 */
@ApplicationScoped
@Transactional
public class RunPlanning {

    static final String RUN = "CourseRun";
    static final String SESSION = "CourseSession";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private SessionChangeNotices notices;

    @Inject
    private Event<RunCapacityRaised> capacityRaised;

    @Inject
    private Event<RunLifecycleEvent> lifecycle;

    @Inject
    private Event<RunPublished> published;

    @Inject
    private Clock clock;

    @Inject
    private RoomBookings roomBookings;

    @Inject
    private Instance<SessionMoveCheck> moveChecks;

    public Optional<CourseRun> findRun(long id) {
        return Optional.ofNullable(em.find(CourseRun.class, id));
    }

    public CourseRun getRun(long id) {
        return findRun(id).orElseThrow(() -> new Refusal("runs.notFound"));
    }

    /** The other runs of the run's course that are not closed, for moving a person between them. */
    public java.util.List<CourseRun> otherOpenRuns(long runId) {
        CourseRun run = getRun(runId);
        return em.createNamedQuery(CourseRun.FIND_BY_COURSE, CourseRun.class).setParameter("course", run.getCourse())
                .getResultList().stream().filter(r -> !r.equals(run) && !r.getStatus().isClosed()).toList();
    }

    /** A draft run of the course with as many sessions as the course has, laid out by the pattern. */
    public long create(@NotBlank String actor, @Valid @NotNull RunDraft draft) {
        Course course = em.find(Course.class, draft.getCourseId());
        if (course == null || course.getStatus() == CourseStatus.RETIRED) {
            throw new Refusal("runs.courseRetired");
        }
        Term term = em.find(Term.class, draft.getTermId());
        Venue venue = em.find(Venue.class, draft.getVenueId());
        if (term == null || venue == null) {
            throw new Refusal("runs.notFound");
        }
        Room room = draft.getRoomId() == null ? null : em.find(Room.class, draft.getRoomId());
        if (room != null && !room.getVenue().equals(venue)) {
            throw new Refusal("runs.roomElsewhere");
        }
        requireWebLink(draft.getOnlineLink());
        SessionPattern pattern = pattern(draft.getFirstDate(), draft.getStartsAt(), draft.getEndsAt(), draft, course);
        CourseRun run = new CourseRun(course, term, venue, draft.getCapacity());
        run.moveTo(venue, room);
        run.changeOnlineLink(draft.getOnlineLink());
        pattern.applyTo(run);
        if (room != null) {
            roomBookings.requireFree(room, run.getSessions());
        }
        em.persist(run);
        em.flush();
        audit.recorded(actor, AuditLog.CREATE, RUN, run.getId());
        audit.changed(actor, RUN, run.getId(), "sessions", null, pattern.count() + " x " + pattern.recurrence()
                + " from " + pattern.firstDate() + " " + pattern.startsAt() + "-" + pattern.endsAt());
        return run.getId();
    }

    /** Only https: and http: links reach students; {@code javascript:} and the like are refused. */
    private static void requireWebLink(String link) {
        if (!WebLinks.isWebOrEmpty(link)) {
            throw new Refusal("runs.linkNotWeb");
        }
    }

    private static SessionPattern pattern(LocalDate first, LocalTime start, LocalTime end, RunDraft draft, Course course) {
        if (!start.isBefore(end)) {
            throw new Refusal("runs.endBeforeStart");
        }
        return new SessionPattern(first, start, end, draft.getRecurrence(), course.getSessionCount());
    }

    /**
     * Puts a draft run in the prospectus. The run's row is locked, so when two administrators (or two
     * instances) publish at once the second finds it published and is refused; the features above are
     * told once ({@link RunPublished}), in this transaction.
     */
    public void publish(@NotBlank String actor, long runId) {
        CourseRun run = lockedRun(runId);
        if (!run.getCourse().isActive()) {
            throw new Refusal("runs.courseNotActive", run.getCourse().getTitle());
        }
        changeStatus(actor, run, () -> run.publish());
        em.flush();
        published.fire(new RunPublished(runId, run.getCourse().getId()));
    }

    public void unpublish(@NotBlank String actor, long runId) {
        CourseRun run = lockedRun(runId);
        if (run.getConfirmedCount() > 0) {
            throw new Refusal("runs.unpublishWithPlaces", run.getConfirmedCount());
        }
        changeStatus(actor, run, () -> run.unpublish());
    }

    /**
     * Cancels a whole run that is not yet completed: its sessions still ahead are cancelled (so no register
     * and no payment line can come from them), and the features above are told in this transaction: the
     * people with places and on the waiting list, and the tutors, are told by e-mail with the reason, and
     * the tutors' assignments are released. The run leaves the prospectus. Audited with the reason.
     */
    public void cancelRun(@NotBlank String actor, long runId, @NotBlank @Size(max = CourseRun.REASON_MAX) String reason) {
        CourseRun run = lockedRun(runId);
        if (run.getStatus().isClosed()) {
            throw new Refusal("runs.statusRefused", run.getStatus());
        }
        Object before = run.getStatus();
        run.cancel(reason, LocalDateTime.now(clock));
        audit.changed(actor, RUN, runId, "status", before, run.getStatus());
        audit.changed(actor, RUN, runId, "cancelReason", null, run.getCancelReason());
        em.flush();
        lifecycle.fire(new RunLifecycleEvent(runId, RunLifecycleEvent.Kind.CANCELLED, actor, run.getCancelReason()));
    }

    private void changeStatus(String actor, CourseRun run, Runnable change) {
        Object before = run.getStatus();
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new Refusal("runs.statusRefused", run.getStatus());
        }
        audit.changed(actor, RUN, run.getId(), "status", before, run.getStatus());
    }

    /**
     * Changes the number of places. The run's row is locked so that no enrolment confirms a place in
     * between, and the database's check (confirmed_count <= capacity) backs the rule on every instance.
     */
    public void changeCapacity(@NotBlank String actor, long runId, @Min(1) int capacity) {
        CourseRun run = lockedRun(runId);
        int before = run.getCapacity();
        if (capacity < run.getConfirmedCount()) {
            throw new Refusal("runs.capacityBelowConfirmed", capacity, run.getConfirmedCount());
        }
        run.changeCapacity(capacity);
        audit.changed(actor, RUN, runId, "capacity", before, capacity);
        em.flush();
        if (capacity > before) {
            capacityRaised.fire(new RunCapacityRaised(runId));
        }
    }

    private CourseRun lockedRun(long runId) {
        CourseRun run = em.find(CourseRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new Refusal("runs.notFound");
        }
        return run;
    }

    /**
     * Changes one session's time, room or joining link; the students with a place and the pair are told
     * by e-mail. A new time that clashes with another session of the run is refused, and so is one that
     * puts two sessions in one room at once, or that a higher feature's {@link SessionMoveCheck} refuses
     * (the pair's availability and other sessions, the students' other places).
     */
    public void changeSession(@NotBlank String actor, long sessionId, @NotNull LocalDate date,
            @NotNull LocalTime startsAt, @NotNull LocalTime endsAt, Long roomId, String joiningLink) {
        CourseSession session = getSession(sessionId);
        requireWebLink(joiningLink);
        if (!startsAt.isBefore(endsAt)) {
            throw new Refusal("runs.endBeforeStart");
        }
        if (session.isCancelled()) {
            throw new Refusal("runs.sessionCancelled");
        }
        LocalDate oldDate = session.getSessionDate();
        LocalTime oldStart = session.getStartsAt();
        LocalTime oldEnd = session.getEndsAt();
        Room oldRoom = session.getRoom();
        String oldLink = session.getJoiningLink();
        String oldPlace = SessionChangeNotices.placeOf(session);
        Room room = roomId == null ? null : em.find(Room.class, roomId);
        if (room != null && !room.getVenue().equals(session.getRun().getVenue())) {
            throw new Refusal("runs.roomElsewhere");
        }
        session.reschedule(date, startsAt, endsAt);
        session.changeRoom(room);
        session.changeJoiningLink(joiningLink);
        if (session.getRun().getSessions().stream().anyMatch(other -> other.overlaps(session))) {
            throw new Refusal("runs.sessionClash");
        }
        boolean timeChanged = !oldDate.equals(date) || !oldStart.equals(startsAt) || !oldEnd.equals(endsAt);
        if (room != null && (timeChanged || !room.equals(oldRoom))) {
            roomBookings.requireFree(room, java.util.List.of(session));
        }
        if (timeChanged) {
            moveChecks.forEach(check -> check.check(session));
        }
        audit.changed(actor, SESSION, sessionId, "when", oldDate + " " + oldStart + "-" + oldEnd,
                date + " " + startsAt + "-" + endsAt);
        audit.changed(actor, SESSION, sessionId, "room", oldRoom == null ? null : oldRoom.getName(),
                room == null ? null : room.getName());
        audit.changed(actor, SESSION, sessionId, "joiningLink", oldLink, session.getJoiningLink());
        boolean changed = timeChanged || !java.util.Objects.equals(oldRoom, room) || !java.util.Objects.equals(oldLink, session.getJoiningLink());
        if (changed) {
            notices.sessionMoved(session, oldDate, oldStart, oldEnd, oldPlace);
        }
    }

    /** Cancels one session; the enrolled students and the pair are told by e-mail. */
    public void cancelSession(@NotBlank String actor, long sessionId) {
        CourseSession session = getSession(sessionId);
        if (session.isCancelled()) {
            return;
        }
        session.cancel();
        audit.changed(actor, SESSION, sessionId, "cancelled", false, true);
        notices.sessionCancelled(session);
    }

    private CourseSession getSession(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new Refusal("runs.notFound");
        }
        if (session.getRun().getStatus().isClosed()) {
            throw new Refusal("runs.statusRefused", session.getRun().getStatus());
        }
        return session;
    }
}
