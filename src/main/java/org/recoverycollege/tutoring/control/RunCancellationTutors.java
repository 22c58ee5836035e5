package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.notification.control.MailOutbox;
import org.recoverycollege.planning.control.RunLifecycleEvent;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.tutoring.entity.Assignment;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * A cancelled run releases its tutors: every standing assignment is withdrawn (so the tutor's time is free
 * for the pairing again) and the tutors who had been offered or had accepted it are told by e-mail.
 */
@ApplicationScoped
public class RunCancellationTutors {

    static final String TEMPLATE = "runCancelledTutor";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    void runMoved(@Observes RunLifecycleEvent event) {
        if (!event.is(RunLifecycleEvent.Kind.CANCELLED)) {
            return;
        }
        CourseRun run = em.find(CourseRun.class, event.runId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Assignment assignment : em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class)
                .setParameter("run", run).getResultList()) {
            boolean told = assignment.isPublished();
            AssignmentStatus before = assignment.getStatus();
            assignment.withdraw(now);
            audit.changed(event.actor(), "Assignment", assignment.getId(), "status", before, assignment.getStatus());
            Tutor tutor = assignment.getTutor();
            if (told && tutor.getEmail() != null) {
                Locale language = tutor.getAccount() == null ? Locale.UK : tutor.getAccount().preferredLocale();
                outbox.queue(tutor.getEmail(), language, TEMPLATE, null, tutor.getFullName(),
                        run.getCourse().getTitle(), run.getTerm().getName(), event.reason());
            }
        }
    }
}
