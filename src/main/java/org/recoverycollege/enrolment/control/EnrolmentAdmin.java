package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.Student;
import org.recoverycollege.planning.entity.CourseRun;

/**
 * Enrolments the college makes on people's behalf (phone enrolments), withdrawals and moves to another
 * run of the same course, through the enrolment service so that every rule and e-mail applies. A move
 * is one transaction: if the new run refuses the person, they keep their old place; a move to a full run
 * keeps the old place until the new run confirms them.
 */
@ApplicationScoped
@Transactional
public class EnrolmentAdmin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private AuditLog audit;

    public EnrolmentOutcome enrolOnBehalf(@NotBlank String actor, @NotBlank String studentEmail, long runId) {
        Student student = em.createNamedQuery(Student.FIND_BY_ACCOUNT_ID, Student.class)
                .setParameter("accountId", em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                        .setParameter("email", UserAccount.normaliseEmail(studentEmail)).getResultStream()
                        .map(UserAccount::getId).findFirst().orElse(-1L))
                .getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentRefused("enrolment.refused.notFound"));
        EnrolmentOutcome outcome = enrolments.enrol(student.getId(), runId);
        audit.recorded(actor, AuditLog.CREATE, "Enrolment", outcome.enrolmentId());
        return outcome;
    }

    public void withdraw(@NotBlank String actor, long enrolmentId) {
        enrolments.withdraw(enrolmentId, actor);
    }

    /** Answers a waiting-list offer for the person, who told the office (for example by phone). */
    public void answerOffer(@NotBlank String actor, long enrolmentId, boolean accept) {
        enrolments.answerOfferFor(enrolmentId, accept, actor);
    }

    /**
     * Moves the person to the other run of the same course; a confirmed place is kept until a place on the
     * other run is theirs (see {@link EnrolmentService#move}).
     */
    public EnrolmentOutcome move(@NotBlank String actor, long enrolmentId, long targetRunId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        CourseRun target = em.find(CourseRun.class, targetRunId);
        if (enrolment == null || target == null || target.equals(enrolment.getRun())
                || !target.getCourse().equals(enrolment.getRun().getCourse())) {
            throw new EnrolmentRefused("enrolment.admin.moveSameCourse");
        }
        EnrolmentOutcome outcome = enrolments.move(enrolmentId, targetRunId, actor);
        audit.changed(actor, "Enrolment", outcome.enrolmentId(), "movedFromRun", enrolment.getRun().getId(), targetRunId);
        return outcome;
    }
}
