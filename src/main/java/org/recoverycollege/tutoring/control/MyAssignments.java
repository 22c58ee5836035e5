package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.enrolment.entity.SupportNeed;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * The signed-in tutor's offered and accepted runs; they accept or decline offers. Declining clears the
 * assignment's live key, which frees the run's place for that expertise for the next pairing.
 */
@ApplicationScoped
@Transactional
public class MyAssignments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Offers first, then accepted runs, each by first session. */
    public List<AssignmentDetails> list() {
        Tutor me = tutors.getCallerTutor();
        return em.createNamedQuery(Assignment.FIND_LIVE_BY_TUTOR, Assignment.class)
                .setParameter("tutor", me).getResultList().stream()
                .filter(Assignment::isPublished)
                .sorted(Comparator.comparing((Assignment a) -> a.getStatus() != AssignmentStatus.OFFERED)
                        .thenComparing(a -> a.getRun().firstSession().map(CourseSession::startDateTime)
                                .orElse(null), Comparator.nullsLast(Comparator.naturalOrder())))
                .map(this::details)
                .toList();
    }

    public void accept(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        requireOffered(assignment);
        assignment.accept(OffsetDateTime.now(clock));
        audit.changed(tutors.getCallerTutor().getEmail(), "Assignment", assignment.getId(), "status",
                AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED);
    }

    public void decline(long assignmentId, @NotBlank @Size(max = Assignment.REASON_MAX) String reason) {
        Assignment assignment = mine(assignmentId);
        requireOffered(assignment);
        assignment.decline(reason, OffsetDateTime.now(clock));
        audit.changed(tutors.getCallerTutor().getEmail(), "Assignment", assignment.getId(), "status",
                AssignmentStatus.OFFERED, AssignmentStatus.DECLINED);
    }

    private Assignment mine(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || !assignment.getTutor().equals(tutors.getCallerTutor()) || !assignment.isPublished()) {
            throw new NotYoursException();
        }
        return assignment;
    }

    private static void requireOffered(Assignment assignment) {
        if (assignment.getStatus() != AssignmentStatus.OFFERED) {
            throw new TutoringException("assignments.noLongerOffered", assignment.getRun().getCourse().getTitle());
        }
    }

    private AssignmentDetails details(Assignment assignment) {
        CourseRun run = assignment.getRun();
        Tutor partner = em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class)
                .setParameter("run", run).getResultStream()
                .filter(a -> a.isPublished() && !a.equals(assignment))
                .map(Assignment::getTutor).findFirst().orElse(null);
        List<AssignmentDetails.Session> sessions = run.getSessions().stream()
                .filter(s -> !s.isCancelled())
                .map(s -> new AssignmentDetails.Session(s.getSequenceNo(), s.getSessionDate(), s.getStartsAt(),
                        s.getEndsAt(), placeOf(s)))
                .toList();
        int students = 0;
        Map<SupportNeed, Integer> needs = new EnumMap<>(SupportNeed.class);
        if (assignment.getStatus() == AssignmentStatus.ACCEPTED) {
            List<Enrolment> enrolments = new ArrayList<>(confirmedOn(run, EnrolmentStatus.CONFIRMED));
            enrolments.addAll(confirmedOn(run, EnrolmentStatus.COMPLETED));
            students = enrolments.size();
            for (Enrolment enrolment : enrolments) {
                enrolment.getStudent().getSupportNeeds().forEach(need -> needs.merge(need, 1, Integer::sum));
                if (enrolment.getStudent().getOtherNeeds() != null) {
                    needs.merge(SupportNeed.OTHER, 1, Integer::sum);
                }
            }
        }
        return new AssignmentDetails(assignment.getId(), run.getCourse().getTitle(), run.getTerm().getName(),
                assignment.getStatus(), run.getVenue().getName(), run.getVenue().isOnline(),
                run.getVenue().getAccessFeatures().stream().sorted().toList(), sessions,
                partner == null ? null : partner.getFullName(), partner == null ? null : partner.getEmail(),
                partner == null ? null : partner.getPhone(), students, needs);
    }

    private List<Enrolment> confirmedOn(CourseRun run, EnrolmentStatus status) {
        return em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                .setParameter("run", run).setParameter("status", status).getResultList();
    }

    static String placeOf(CourseSession session) {
        if (session.getJoiningLink() != null) {
            return session.getJoiningLink();
        }
        return session.getRoom() != null ? session.getRoom().getName() : session.getRun().getVenue().getName();
    }
}
