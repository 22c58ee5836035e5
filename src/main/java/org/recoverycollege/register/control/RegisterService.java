package org.recoverycollege.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.register.entity.Attendance;
import org.recoverycollege.register.entity.AttendanceMark;
import org.recoverycollege.register.entity.FacilitatorAttendance;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.tutoring.control.NotYoursException;
import org.recoverycollege.tutoring.control.TutorDirectory;
import org.recoverycollege.tutoring.control.TutorSessions;
import org.recoverycollege.tutoring.control.TutoringException;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Registers: the tutors of a run (and a tutor covering a session) keep the register of its sessions until
 * {@link Setting#REGISTER_EDIT_DAYS} after; administrators may always correct it. Every change is audited.
 * A tutor recorded present has delivered the session, which creates their payment line; once a run's last
 * session is held, confirmed enrolments that reached {@link Setting#COMPLETION_THRESHOLD_PERCENT} complete.
 */
@ApplicationScoped
@Transactional
public class RegisterService {

    static final String ATTENDANCE = "Attendance";
    private static final String FACILITATOR_ATTENDANCE = "FacilitatorAttendance";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private TutorSessions tutorSessions;

    @Inject
    private Event<FacilitatorMarked> facilitatorMarked;

    @Inject
    private CollegeSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private FollowUps followUps;

    @Inject
    private Clock clock;

    /** One session in the signed-in tutor's list of registers. */
    public record Entry(long sessionId, String courseTitle, int sequenceNo, LocalDate date, LocalTime startsAt,
            boolean taken, boolean editable, boolean upcoming) implements Serializable {
    }

    /** Every session the signed-in tutor delivers: held ones latest first, then coming ones soonest first. */
    public List<Entry> mySessions() {
        Tutor me = tutors.getCallerTutor();
        LocalDate today = LocalDate.now(clock);
        int editDays = settings.intValue(Setting.REGISTER_EDIT_DAYS);
        List<Entry> entries = new ArrayList<>();
        for (CourseSession s : tutorSessions.sessionsOf(me)) {
            boolean taken = !attendanceAt(s).isEmpty();
            entries.add(new Entry(s.getId(), s.getRun().getCourse().getTitle(), s.getSequenceNo(), s.getSessionDate(),
                    s.getStartsAt(), taken, RegisterRules.isEditable(s.getSessionDate(), today, editDays, false),
                    s.getSessionDate().isAfter(today)));
        }
        // registers to take come first, latest first; sessions not yet held follow, soonest first
        entries.sort(Comparator.comparing(Entry::upcoming)
                .thenComparing((a, b) -> a.upcoming() ? a.date().compareTo(b.date()) : b.date().compareTo(a.date())));
        return entries;
    }

    /** The register of a session the caller delivers (or of any session, for an administrator). */
    public RegisterSheet sheet(long sessionId) {
        return sheetOf(reachable(sessionId));
    }

    /**
     * The register of a session as {@link #sheet} reads it, or empty when the caller may not read it (not
     * theirs, no such session, or no tutor record): a page asking for it shows that instead of a refusal.
     */
    public Optional<RegisterSheet> findSheet(long sessionId) {
        return findReachable(sessionId).map(this::sheetOf);
    }

    private RegisterSheet sheetOf(CourseSession session) {
        if (caller.isAdministrator()) {
            audit.viewed(caller.name(), "Register", session.getId());
        }
        Map<Long, AttendanceMark> marks = attendanceAt(session).stream()
                .collect(Collectors.toMap(a -> a.getEnrolment().getId(), Attendance::getMark));
        Map<Long, Boolean> present = facilitatorAttendanceAt(session).stream()
                .collect(Collectors.toMap(f -> f.getTutor().getId(), FacilitatorAttendance::isPresent));
        List<RegisterSheet.Student> students = onRegister(session.getRun()).stream()
                .map(e -> new RegisterSheet.Student(e.getId(), e.getStudent().getAccount().getDisplayName(),
                        e.getStudent().getSupportNeeds(), e.getStudent().getOtherNeeds(), marks.get(e.getId())))
                .toList();
        List<RegisterSheet.Facilitator> facilitators = tutorSessions.facilitatorsOf(session).stream()
                .map(t -> new RegisterSheet.Facilitator(t.getId(), t.getFullName(), t.getExpertise(),
                        present.get(t.getId())))
                .toList();
        return new RegisterSheet(session.getId(), session.getRun().getCourse().getTitle(), session.getSequenceNo(),
                session.getSessionDate(), session.getStartsAt(), session.getEndsAt(), isEditable(session),
                students, facilitators);
    }

    /**
     * Records the marks (by enrolment id; students left out stay unmarked) and which of the session's tutors
     * were present. Tutors may do so within the edit window; administrators always.
     */
    public void record(long sessionId, @NotNull Map<Long, AttendanceMark> marks, @NotNull Set<Long> presentTutorIds) {
        CourseSession session = reachable(sessionId);
        if (session.getRun().getStatus().isClosed() || session.isCancelled()) {
            // a completed run's completions are settled and frozen; a cancelled session or run was not held
            throw new TutoringException("register.frozen");
        }
        if (!isEditable(session)) {
            throw new TutoringException("register.readOnly");
        }
        String actor = caller.name();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, Attendance> existing = attendanceAt(session).stream()
                .collect(Collectors.toMap(a -> a.getEnrolment().getId(), Function.identity()));
        for (Enrolment enrolment : onRegister(session.getRun())) {
            AttendanceMark mark = marks.get(enrolment.getId());
            Attendance attendance = existing.get(enrolment.getId());
            if (mark == null) {
                continue;
            }
            if (attendance == null) {
                attendance = new Attendance(session, enrolment, mark, actor, now);
                em.persist(attendance);
                audit.changed(actor, ATTENDANCE, attendance.getId(), "mark", null, mark);
            } else if (attendance.getMark() != mark) {
                audit.changed(actor, ATTENDANCE, attendance.getId(), "mark", attendance.getMark(), mark);
                attendance.remark(mark, actor, now);
            }
        }
        Map<Long, FacilitatorAttendance> recorded = facilitatorAttendanceAt(session).stream()
                .collect(Collectors.toMap(f -> f.getTutor().getId(), Function.identity()));
        for (Tutor tutor : tutorSessions.facilitatorsOf(session)) {
            boolean present = presentTutorIds.contains(tutor.getId());
            FacilitatorAttendance attendance = recorded.get(tutor.getId());
            if (attendance == null) {
                attendance = new FacilitatorAttendance(session, tutor, present);
                em.persist(attendance);
                audit.changed(actor, FACILITATOR_ATTENDANCE, attendance.getId(), "present", null, present);
            } else if (attendance.isPresent() != present) {
                audit.changed(actor, FACILITATOR_ATTENDANCE, attendance.getId(), "present", attendance.isPresent(),
                        present);
                attendance.record(present);
            }
            facilitatorMarked.fire(new FacilitatorMarked(tutor, session, present));
        }
        em.flush();
        followUps.consider(session);
        completeIfFinished(session.getRun(), now);
    }

    private void completeIfFinished(CourseRun run, OffsetDateTime now) {
        LocalDate today = LocalDate.now(clock);
        boolean finished = run.lastSession().map(s -> !s.getSessionDate().isAfter(today)).orElse(false);
        if (finished) {
            completeThoseWhoReachedTheThreshold(run, now, caller.name());
        }
    }

    /**
     * The run has completed (called by the lifecycle sweep in its transaction): every confirmed enrolment
     * that reached {@link Setting#COMPLETION_THRESHOLD_PERCENT} of the sessions held completes. From now on
     * the registers are frozen, so the completions are final. Returns how many completed now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int settleCompletions(long runId, String actor) {
        CourseRun run = em.find(CourseRun.class, runId);
        return completeThoseWhoReachedTheThreshold(run, OffsetDateTime.now(clock), actor);
    }

    private int completeThoseWhoReachedTheThreshold(CourseRun run, OffsetDateTime now, String actor) {
        int completed = 0;
        long held = run.getSessions().stream().filter(s -> !s.isCancelled()).count();
        int threshold = settings.intValue(Setting.COMPLETION_THRESHOLD_PERCENT);
        for (Enrolment enrolment : byStatus(run, EnrolmentStatus.CONFIRMED)) {
            long present = em.createNamedQuery(Attendance.COUNT_PRESENT_BY_ENROLMENT, Long.class)
                    .setParameter("enrolment", enrolment).getSingleResult();
            if (RegisterRules.completes(present, held, threshold)) {
                enrolment.complete(now);
                audit.changed(actor, "Enrolment", enrolment.getId(), "status", EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.COMPLETED);
                completed++;
            }
        }
        return completed;
    }

    /** The session, when the caller delivers it, is assigned to its run, or administers the college. */
    private CourseSession reachable(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotYoursException();
        }
        if (caller.isAdministrator()) {
            return session;
        }
        Tutor me = tutors.getCallerTutor();
        if (!keeps(me, session)) {
            throw new NotYoursException();
        }
        return session;
    }

    /** The session when the caller may keep its register (as {@link #reachable}), without refusing. */
    private Optional<CourseSession> findReachable(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null || caller.isAdministrator()) {
            return Optional.ofNullable(session);
        }
        return caller.signedIn().flatMap(tutors::findByAccountEmail)
                .filter(me -> keeps(me, session))
                .map(me -> session);
    }

    /** A tutor keeps the register of the sessions they deliver (covering included) and of their own runs. */
    private boolean keeps(Tutor tutor, CourseSession session) {
        return tutorSessions.delivers(tutor, session) || tutorSessions.isAssignedTo(tutor, session);
    }

    private boolean isEditable(CourseSession session) {
        return RegisterRules.isEditable(session.getSessionDate(), LocalDate.now(clock),
                settings.intValue(Setting.REGISTER_EDIT_DAYS), caller.isAdministrator());
    }

    private List<Enrolment> onRegister(CourseRun run) {
        List<Enrolment> enrolments = new ArrayList<>(byStatus(run, EnrolmentStatus.CONFIRMED));
        enrolments.addAll(byStatus(run, EnrolmentStatus.COMPLETED));
        enrolments.sort(Comparator.comparing(e -> e.getStudent().getAccount().getDisplayName()));
        return enrolments;
    }

    private List<Enrolment> byStatus(CourseRun run, EnrolmentStatus status) {
        return em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                .setParameter("run", run).setParameter("status", status).getResultList();
    }

    private List<Attendance> attendanceAt(CourseSession session) {
        return em.createNamedQuery(Attendance.FIND_BY_SESSION, Attendance.class)
                .setParameter("session", session).getResultList();
    }

    private List<FacilitatorAttendance> facilitatorAttendanceAt(CourseSession session) {
        return em.createNamedQuery(FacilitatorAttendance.FIND_BY_SESSION, FacilitatorAttendance.class)
                .setParameter("session", session).getResultList();
    }
}
