package org.recoverycollege.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.evaluation.entity.Rating;
import org.recoverycollege.evaluation.entity.WellbeingBefore;
import org.recoverycollege.evaluation.entity.WellbeingScale;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.register.entity.Attendance;

/**
 * End-of-course feedback: a student who attended a completed run gives it once per enrolment (the unique
 * key on evaluation.enrolment_id holds that under any concurrency).
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private WellbeingScores scores;

    /** The course title when this student may give feedback on this enrolment now. */
    public Optional<String> courseOpenForFeedback(long enrolmentId, @NotBlank String studentEmail) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        return enrolment != null && mayGiveFeedback(enrolment, studentEmail)
                ? Optional.of(enrolment.getRun().getCourse().getTitle()) : Optional.empty();
    }

    /** Stores the feedback; refused with {@code feedback.refused.*} keys. */
    public void submit(long enrolmentId, @NotBlank String studentEmail, @NotNull Rating rating,
            @Size(max = Evaluation.TEXT_MAX) String whatHelped, @Size(max = Evaluation.TEXT_MAX) String couldBeBetter,
            WellbeingScale scale, Integer before, Integer after) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !mayGiveFeedback(enrolment, studentEmail)) {
            throw new FeedbackRefused("feedback.refused.notAllowed");
        }
        Optional<WellbeingBefore> given = scores.before(enrolment);
        if (given.isPresent()) {
            // the score at the start was given earlier: the end's score is on the same scale
            scale = given.get().getScale();
            before = given.get().getScore();
        }
        Evaluation evaluation;
        try {
            evaluation = new Evaluation(enrolment, rating, whatHelped, couldBeBetter, scale, before, after,
                    OffsetDateTime.now(clock));
        } catch (IllegalArgumentException wrongScore) {
            throw new FeedbackRefused("feedback.refused.score");
        }
        try {
            em.persist(evaluation);
            em.flush();
        } catch (PersistenceException twice) {
            throw new FeedbackRefused("feedback.refused.notAllowed");
        }
    }

    /** The "before" score this person gave for the place earlier, shown with the feedback form. */
    public Optional<WellbeingBefore> beforeGiven(long enrolmentId, @NotBlank String studentEmail) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        return enrolment == null || !enrolment.getStudent().getAccount().getEmail().equals(studentEmail)
                ? Optional.empty() : scores.before(enrolment);
    }

    private boolean mayGiveFeedback(Enrolment enrolment, String studentEmail) {
        boolean own = enrolment.getStudent().getAccount().getEmail().equals(studentEmail);
        boolean finished = enrolment.getStatus() == EnrolmentStatus.COMPLETED
                || (enrolment.isConfirmed() && enrolment.getRun().getStatus() == RunStatus.COMPLETED);
        boolean attended = em.createNamedQuery(Attendance.COUNT_PRESENT_BY_ENROLMENT, Long.class)
                .setParameter("enrolment", enrolment).getSingleResult() > 0;
        boolean notYet = em.createNamedQuery(Evaluation.FIND_BY_ENROLMENT, Evaluation.class)
                .setParameter("enrolment", enrolment).getResultList().isEmpty();
        return own && finished && attended && notYet;
    }
}
