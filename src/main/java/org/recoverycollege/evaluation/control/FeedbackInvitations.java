package org.recoverycollege.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.planning.control.RunLifecycleEvent;
import org.recoverycollege.register.entity.Attendance;

/**
 * When a run completes, everyone who held a place and came to at least one session is invited by e-mail
 * to give feedback (with the "after" wellbeing score), whether or not they reached the completion mark.
 * Queued in the completing transaction, so each person is invited once.
 */
@ApplicationScoped
public class FeedbackInvitations {

    static final String TEMPLATE = "feedbackInvitation";
    private static final String ATTENDED = "SELECT e FROM Enrolment e WHERE e.run.id = :run AND e.status IN :statuses"
            + " ORDER BY e.id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    void runMoved(@Observes RunLifecycleEvent event) {
        if (!event.is(RunLifecycleEvent.Kind.COMPLETED)) {
            return;
        }
        for (Enrolment enrolment : em.createQuery(ATTENDED, Enrolment.class).setParameter("run", event.runId())
                .setParameter("statuses", List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED))
                .getResultList()) {
            long present = em.createNamedQuery(Attendance.COUNT_PRESENT_BY_ENROLMENT, Long.class)
                    .setParameter("enrolment", enrolment).getSingleResult();
            if (present == 0 || enrolment.getStudent().isErased()) {
                continue;
            }
            UserAccount account = enrolment.getStudent().getAccount();
            outbox.queue(account.getEmail(), account.preferredLocale(), TEMPLATE, null, account.getDisplayName(),
                    enrolment.getRun().getCourse().getTitle(), baseUrl + "/my/feedback?enrolment=" + enrolment.getId());
        }
    }
}
