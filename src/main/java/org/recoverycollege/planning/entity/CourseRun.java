package org.recoverycollege.planning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;
import org.recoverycollege.platform.entity.WebLinks;

/**
 * One scheduled offering of a course in a term, at a venue or online, with its capacity and sessions.
 * <p>
 * The number of places held (confirmed places, and places offered from the waiting list while the person
 * offered one may still accept it) is kept by the enrolment service with a conditional SQL UPDATE
 * ({@code confirmed_count < capacity}) and backed by a CHECK, so no Java code writes it: it is read
 * here and never updated through JPA. Refresh the run after such an update to see the new figure.
 */
@Entity
@Table(name = "course_run")
@NamedQuery(name = CourseRun.FIND_BY_TERM,
        query = "SELECT r FROM CourseRun r WHERE r.term = :term ORDER BY r.course.title, r.id")
@NamedQuery(name = CourseRun.FIND_BY_TERM_AND_STATUS,
        query = "SELECT r FROM CourseRun r WHERE r.term = :term AND r.status = :status ORDER BY r.course.title, r.id")
@NamedQuery(name = CourseRun.FIND_BY_COURSE,
        query = "SELECT r FROM CourseRun r WHERE r.course = :course ORDER BY r.term.startsOn DESC, r.id")
@NamedQuery(name = CourseRun.FIND_BY_STATUS,
        query = "SELECT r FROM CourseRun r WHERE r.status = :status ORDER BY r.id")
public class CourseRun extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_TERM = "CourseRun.findByTerm";
    public static final String FIND_BY_TERM_AND_STATUS = "CourseRun.findByTermAndStatus";
    public static final String FIND_BY_COURSE = "CourseRun.findByCourse";
    public static final String FIND_BY_STATUS = "CourseRun.findByStatus";
    public static final int LINK_MAX = 500;
    public static final int REASON_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false)
    private Term term;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Size(max = LINK_MAX)
    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @Min(1)
    @Column(nullable = false)
    private int capacity;

    /** Written only by the enrolment service's conditional UPDATE: never updated through JPA. */
    @Min(0)
    @Column(name = "confirmed_count", nullable = false, updatable = false)
    private int confirmedCount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status = RunStatus.DRAFT;

    @Column(name = "reminder_sent_at")
    private OffsetDateTime reminderSentAt;

    /** Set once by the lifecycle sweep's conditional UPDATE when enrolment closed: never written through JPA. */
    @Column(name = "enrolment_closed_at", insertable = false, updatable = false)
    private OffsetDateTime enrolmentClosedAt;

    @Size(max = REASON_MAX)
    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequenceNo")
    private List<CourseSession> sessions = new ArrayList<>();

    protected CourseRun() {
        // for JPA
    }

    /** A draft run with no sessions yet. */
    public CourseRun(Course course, Term term, Venue venue, int capacity) {
        this.course = Objects.requireNonNull(course, "course");
        this.term = Objects.requireNonNull(term, "term");
        this.venue = Objects.requireNonNull(venue, "venue");
        if (capacity < 1) {
            throw new IllegalArgumentException("A run needs a capacity of at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    // ------------------------------------------------------------------ sessions

    /**
     * Adds the next session: sequence numbers run 1, 2, 3... in the order sessions are added. The session
     * takes the run's room and online link; refuses an end before the start and a clash with another
     * session of this run.
     */
    public CourseSession addSession(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
        requireOpen("add a session to");
        int next = sessions.stream().mapToInt(CourseSession::getSequenceNo).max().orElse(0) + 1;
        CourseSession session = new CourseSession(this, next, date, startsAt, endsAt);
        for (CourseSession existing : sessions) {
            if (existing.overlaps(session)) {
                throw new IllegalArgumentException("The session on " + date + " " + startsAt + "-" + endsAt
                        + " clashes with session " + existing.getSequenceNo() + " of the same run");
            }
        }
        session.changeRoom(room);
        session.changeJoiningLink(onlineLink);
        sessions.add(session);
        return session;
    }

    /** Adds one session a week, at the same time, as many as the course has sessions. */
    public List<CourseSession> scheduleWeekly(LocalDate firstDate, LocalTime startsAt, LocalTime endsAt) {
        List<CourseSession> added = new ArrayList<>();
        for (int week = 0; week < course.getSessionCount(); week++) {
            added.add(addSession(firstDate.plusWeeks(week), startsAt, endsAt));
        }
        return added;
    }

    /** The earliest session that is not cancelled. */
    public Optional<CourseSession> firstSession() {
        return sessions.stream().filter(s -> !s.isCancelled()).min(Comparator.comparing(CourseSession::startDateTime));
    }

    /** The latest session that is not cancelled. */
    public Optional<CourseSession> lastSession() {
        return sessions.stream().filter(s -> !s.isCancelled()).max(Comparator.comparing(CourseSession::endDateTime));
    }

    /** True when any session of this run overlaps any session of the other run. */
    public boolean clashesWith(CourseRun other) {
        // the unsorted collections: order does not matter here, and getSessions() sorts a copy each call
        for (CourseSession mine : sessions) {
            for (CourseSession theirs : other.sessions) {
                if (mine.overlaps(theirs)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ status

    /** Puts a draft run in the prospectus; it needs an active course and at least one session. */
    public void publish() {
        requireStatus(RunStatus.DRAFT, "publish");
        if (!course.isActive()) {
            throw new IllegalStateException("Cannot publish a run of " + course.getSlug()
                    + ": the course is not active");
        }
        if (sessions.isEmpty()) {
            throw new IllegalStateException("Cannot publish a run without sessions");
        }
        status = RunStatus.PUBLISHED;
    }

    /** Takes a published run back to draft, while nobody holds a confirmed place on it. */
    public void unpublish() {
        requireStatus(RunStatus.PUBLISHED, "unpublish");
        if (confirmedCount > 0) {
            throw new IllegalStateException("Cannot unpublish a run with " + confirmedCount
                    + " confirmed places; cancel it instead");
        }
        status = RunStatus.DRAFT;
    }

    public void start() {
        requireStatus(RunStatus.PUBLISHED, "start");
        status = RunStatus.RUNNING;
    }

    public void complete() {
        requireStatus(RunStatus.RUNNING, "complete");
        status = RunStatus.COMPLETED;
    }

    public void cancel() {
        requireOpen("cancel");
        status = RunStatus.CANCELLED;
    }

    /** Cancels the whole run for a reason the people concerned are told; its sessions still ahead are cancelled too. */
    public void cancel(String reason, LocalDateTime now) {
        String why = Texts.optional(reason, REASON_MAX, "reason");
        if (why == null) {
            throw new IllegalArgumentException("A run is cancelled for a reason");
        }
        cancel();
        this.cancelReason = why;
        sessions.stream().filter(s -> !s.isCancelled() && s.startDateTime().isAfter(now)).forEach(CourseSession::cancel);
    }

    /** The sessions not cancelled, earliest first. */
    private List<CourseSession> liveSessions() {
        return sessions.stream().filter(s -> !s.isCancelled()).sorted(Comparator.comparing(CourseSession::startDateTime))
                .toList();
    }

    /**
     * When enrolment closes: the start of session {@code atSession} (counting sessions not cancelled), or of
     * the last session when the run has fewer; empty for a run without sessions.
     */
    public Optional<LocalDateTime> enrolmentClosesAt(int atSession) {
        List<CourseSession> live = liveSessions();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(live.get(Math.min(Math.max(atSession, 1), live.size()) - 1).startDateTime());
    }

    /** True once the first session has started. */
    public boolean hasStartedBy(LocalDateTime now) {
        return firstSession().map(first -> !now.isBefore(first.startDateTime())).orElse(false);
    }

    /**
     * True once the last session has ended and its register can no longer be edited by its tutors (they may
     * edit it until {@code registerEditDays} days after the session's day).
     */
    public boolean isOverBy(LocalDateTime now, int registerEditDays) {
        return lastSession().map(last -> !now.isBefore(last.endDateTime())
                && now.toLocalDate().isAfter(last.getSessionDate().plusDays(registerEditDays))).orElse(false);
    }

    /**
     * True while people may ask for a place: the run is published or running, the term's enrolment window is
     * open, and session {@code closesAtSession} has not started.
     */
    public boolean isOpenForEnrolmentAt(LocalDateTime now, int closesAtSession) {
        return (status == RunStatus.PUBLISHED || status == RunStatus.RUNNING)
                && term.isEnrolmentOpenOn(now.toLocalDate())
                && enrolmentClosesAt(closesAtSession).map(now::isBefore).orElse(false);
    }

    /** True once session {@code closesAtSession} has started (or the run is closed): nobody joins any more. */
    public boolean isEnrolmentOverAt(LocalDateTime now, int closesAtSession) {
        return status.isClosed() || enrolmentClosesAt(closesAtSession).map(at -> !now.isBefore(at)).orElse(false);
    }

    private void requireStatus(RunStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + action + " a run that is " + status
                    + " (it must be " + expected + ")");
        }
    }

    private void requireOpen(String action) {
        if (status.isClosed()) {
            throw new IllegalStateException("Cannot " + action + " a run that is " + status);
        }
    }

    /** True while the run is published and its term's enrolment window is open on that day. */
    public boolean isOpenForEnrolmentOn(LocalDate date) {
        return status == RunStatus.PUBLISHED && term.isEnrolmentOpenOn(date);
    }

    // ------------------------------------------------------------------ places and place

    /** Changes the number of places; never below 1 nor below the places already confirmed. */
    public void changeCapacity(int newCapacity) {
        if (newCapacity < 1) {
            throw new IllegalArgumentException("A run needs a capacity of at least 1, not " + newCapacity);
        }
        if (newCapacity < confirmedCount) {
            throw new IllegalStateException("Cannot reduce the capacity to " + newCapacity + ": "
                    + confirmedCount + " places are already confirmed");
        }
        this.capacity = newCapacity;
    }

    public int placesLeft() {
        return Math.max(0, capacity - confirmedCount);
    }

    public boolean isFull() {
        return confirmedCount >= capacity;
    }

    /** Moves the run to a venue and optionally one of its rooms (null for no room). */
    public void moveTo(Venue newVenue, Room newRoom) {
        Objects.requireNonNull(newVenue, "venue");
        if (newRoom != null && !newRoom.getVenue().equals(newVenue)) {
            throw new IllegalArgumentException("The room " + newRoom.getName() + " is not at "
                    + newVenue.getName());
        }
        this.venue = newVenue;
        this.room = newRoom;
    }

    public void changeOnlineLink(String link) {
        this.onlineLink = WebLinks.requireWebOrEmpty(Texts.optional(link, LINK_MAX, "online link"), "online link");
    }

    public void moveToTerm(Term newTerm) {
        this.term = Objects.requireNonNull(newTerm, "term");
    }

    public void markReminderSent(OffsetDateTime at) {
        this.reminderSentAt = Objects.requireNonNull(at, "time");
    }

    // ------------------------------------------------------------------ getters

    public Course getCourse() {
        return course;
    }

    public Term getTerm() {
        return term;
    }

    public Venue getVenue() {
        return venue;
    }

    public Room getRoom() {
        return room;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public RunStatus getStatus() {
        return status;
    }

    public OffsetDateTime getReminderSentAt() {
        return reminderSentAt;
    }

    public OffsetDateTime getEnrolmentClosedAt() {
        return enrolmentClosedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /**
     * The sessions in sequence order, read-only: add them with {@link #addSession}. Sorted here because a query
     * that fetches the sessions with their runs (a person's enrolments) returns them in no particular order.
     */
    public List<CourseSession> getSessions() {
        return sessions.stream().sorted(Comparator.comparingInt(CourseSession::getSequenceNo)).toList();
    }
}
