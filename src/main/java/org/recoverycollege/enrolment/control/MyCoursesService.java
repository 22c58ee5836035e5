package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;

/** What a signed-in student sees of their own places; never anyone else's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyCoursesService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudentRegistration students;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<StudentDataHolder> holders;

    /** The student's enrolments, upcoming runs first (soonest first), then past ones (latest first). */
    public List<MyEnrolment> enrolmentsOf(String email) {
        LocalDateTime now = LocalDateTime.now(clock);
        return students.findByEmail(email).map(student -> {
            List<Enrolment> places = em.createNamedQuery(Enrolment.FIND_BY_STUDENT, Enrolment.class)
                    .setParameter("student", student).getResultList();
            // a move under way is two of the person's own places: the confirmed one kept and the waiting entry
            Map<Long, Enrolment> waitingByKeptPlace = new HashMap<>();
            places.forEach(place -> place.keptPlace().ifPresent(kept -> waitingByKeptPlace.put(kept.getId(), place)));
            Recorded recorded = recorded(student);
            return places.stream()
                    .map(enrolment -> toView(enrolment, now, recorded,
                            kept -> Optional.ofNullable(waitingByKeptPlace.get(kept.getId()))))
                    .sorted(Comparator.comparing(MyEnrolment::upcoming).reversed()
                            .thenComparing(e -> e.upcoming() ? e.getFirstSessionDate() : null,
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(e -> e.upcoming() ? null : e.getFirstSessionDate(),
                                    Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        }).orElse(List.of());
    }

    /** One of the student's own enrolments as "My courses" shows it; another person's id gives nothing. */
    public Optional<MyEnrolment> enrolmentOf(String email, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.getStudent().getAccount().getEmail().equals(email)) {
            return Optional.empty();
        }
        return Optional.of(toView(enrolment, LocalDateTime.now(clock), recorded(enrolment.getStudent()),
                kept -> em.createNamedQuery(Enrolment.FIND_WAITING_TO_MOVE_FROM, Enrolment.class).setParameter("from", kept)
                        .getResultStream().findFirst()));
    }

    /** The run of one of the student's own live or completed enrolments (for its calendar file). */
    public Optional<CourseRun> ownRun(String email, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.getStudent().getAccount().getEmail().equals(email)
                || enrolment.getStatus() == EnrolmentStatus.CANCELLED || enrolment.getStatus() == EnrolmentStatus.WITHDRAWN) {
            return Optional.empty();
        }
        return Optional.of(enrolment.getRun());
    }

    /** The runs of the student's confirmed places, for their calendar feed. */
    public List<CourseRun> confirmedRunsOf(String email) {
        return students.findByEmail(email)
                .map(student -> em.createNamedQuery(Enrolment.FIND_BY_STUDENT, Enrolment.class)
                        .setParameter("student", student).getResultStream()
                        .filter(Enrolment::isConfirmed).map(Enrolment::getRun).toList())
                .orElse(List.of());
    }

    /** What the features above enrolment hold about the student's places: attendance marks and feedback given. */
    private record Recorded(Map<Long, Map<Long, String>> marks, Set<Long> feedback) {
    }

    private Recorded recorded(Student student) {
        Map<Long, Map<Long, String>> marks = new HashMap<>();
        Set<Long> feedback = new HashSet<>();
        holders.forEach(holder -> {
            marks.putAll(holder.attendanceMarks(student));
            feedback.addAll(holder.placesWithFeedback(student));
        });
        return new Recorded(marks, feedback);
    }

    /**
     * One place as "My courses" shows it; {@code waitingToMoveFrom} finds the person's waiting entry that keeps a
     * confirmed place, if any.
     */
    private MyEnrolment toView(Enrolment enrolment, LocalDateTime now, Recorded recorded,
            Function<Enrolment, Optional<Enrolment>> waitingToMoveFrom) {
        CourseRun run = enrolment.getRun();
        boolean confirmed = enrolment.isConfirmed();
        Map<Long, String> marks = recorded.marks().getOrDefault(enrolment.getId(), Map.of());
        List<MySession> sessions = run.getSessions().stream()
                .sorted(Comparator.comparing(CourseSession::startDateTime))
                .map(s -> new MySession(s.getSequenceNo(), s.getSessionDate(), s.getStartsAt(), s.getEndsAt(),
                        s.getRoom() == null ? null : s.getRoom().getName(),
                        confirmed ? s.getJoiningLink() : null, s.isCancelled(), marks.get(s.getId())))
                .toList();
        boolean upcoming = run.lastSession().map(last -> last.endDateTime().isAfter(now)).orElse(true)
                && !run.getStatus().isClosed();
        boolean feedbackDue = (enrolment.getStatus() == EnrolmentStatus.COMPLETED
                || (confirmed && run.getStatus() == RunStatus.COMPLETED))
                && marks.containsValue("PRESENT")
                && !recorded.feedback().contains(enrolment.getId());
        var venue = run.getVenue();
        return new MyEnrolment(enrolment.getId(), run.getId(), run.getCourse().getTitle(), run.getCourse().getSlug(),
                run.getTerm().getName(), enrolment.getStatus(),
                enrolment.isWaitlisted() ? enrolments.waitingListPosition(enrolment) : 0,
                venue.getName(), venue.getAddress() == null ? null : venue.getAddress()
                        + (venue.getPostcode() == null ? "" : " " + venue.getPostcode()),
                venue.isOnline(), venue.getAccessFeatures().stream().sorted().toList(), sessions, upcoming,
                enrolment.isLive() && EnrolmentRules.mayCancelAt(run, now), feedbackDue, moveRun(enrolment, waitingToMoveFrom),
                enrolment.hasOpenOffer() && now.isBefore(offerEnd(enrolment)) ? offerEnd(enrolment) : null);
    }

    /** When the open offer ends, in the college's time. */
    private LocalDateTime offerEnd(Enrolment enrolment) {
        return enrolment.getOfferExpiresAt().atZoneSameInstant(clock.getZone()).toLocalDateTime();
    }

    /** The other run of a move under way: where a confirmed place's holder waits, or whose place a waiting entry keeps. */
    private static String moveRun(Enrolment enrolment, Function<Enrolment, Optional<Enrolment>> waitingToMoveFrom) {
        if (enrolment.isWaitlisted()) {
            return enrolment.keptPlace().map(kept -> EnrolmentLists.describe(kept.getRun())).orElse(null);
        }
        if (!enrolment.isConfirmed()) {
            return null;
        }
        return waitingToMoveFrom.apply(enrolment).map(waiting -> EnrolmentLists.describe(waiting.getRun())).orElse(null);
    }
}
