package org.recoverycollege.evaluation.control;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.evaluation.entity.WellbeingBefore;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.planning.entity.RunStatus;

/**
 * The "before" wellbeing score: asked of a person with a confirmed place on a run that has not finished
 * (when the place is confirmed, or at the first session), once per place, and no longer once the run's last
 * session day has passed (a score then would not be "at the start"); the feedback at the end asks for the
 * "after" score on the same scale.
 */
@ApplicationScoped
@Transactional
public class WellbeingScores {

    private static final String OPEN = """
            SELECT e FROM Enrolment e WHERE e.student.account.email = :email AND e.status = :confirmed
               AND e.run.status IN :running
               AND EXISTS (SELECT s FROM CourseSession s WHERE s.run = e.run AND s.cancelled = FALSE
                              AND s.sessionDate >= :today)
               AND NOT EXISTS (SELECT w FROM WellbeingBefore w WHERE w.enrolment = e)
             ORDER BY e.id""";

    /** A place whose holder may still give their "before" score. */
    public record Open(long enrolmentId, String courseTitle) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The places of this person that still wait for a "before" score. */
    public List<Open> waitingForBefore(@NotBlank String studentEmail) {
        return em.createQuery(OPEN, Enrolment.class).setParameter("email", studentEmail)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .setParameter("running", List.of(RunStatus.PUBLISHED, RunStatus.RUNNING))
                .setParameter("today", LocalDate.now(clock))
                .getResultStream().map(e -> new Open(e.getId(), e.getRun().getCourse().getTitle())).toList();
    }

    /** Records the "before" score; refused with {@code wellbeing.refused.*} keys. */
    public void recordBefore(long enrolmentId, @NotBlank String studentEmail, @NotNull WellbeingScale scale,
            @NotNull Integer score) {
        if (waitingForBefore(studentEmail).stream().noneMatch(open -> open.enrolmentId() == enrolmentId)) {
            throw new FeedbackRefused("wellbeing.refused.notAllowed");
        }
        if (!scale.accepts(score)) {
            throw new FeedbackRefused("feedback.refused.score");
        }
        try {
            em.persist(new WellbeingBefore(em.find(Enrolment.class, enrolmentId), scale, score,
                    OffsetDateTime.now(clock)));
            em.flush();
        } catch (PersistenceException twice) {
            throw new FeedbackRefused("wellbeing.refused.notAllowed");
        }
    }

    /** The "before" score given for this place, if any. */
    public Optional<WellbeingBefore> before(Enrolment enrolment) {
        return em.createNamedQuery(WellbeingBefore.FIND_BY_ENROLMENT, WellbeingBefore.class)
                .setParameter("enrolment", enrolment).getResultStream().findFirst();
    }
}
