package org.recoverycollege.planning.control;

import org.recoverycollege.platform.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/**
 * The sweep's transactions, one per run. Every step is a conditional UPDATE that only one transaction on
 * any instance can win (the row changes from the expected state); only the winner fires the event and
 * writes the audit entry, so instances sweeping at once change each run once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunLifecycleSteps {

    private static final String CANDIDATES = "SELECT r.id FROM CourseRun r WHERE r.status IN :statuses ORDER BY r.id";
    static final String START = "UPDATE course_run SET status = 'RUNNING', version = version + 1"
            + " WHERE id = ?1 AND status = 'PUBLISHED'";
    static final String CLOSE_ENROLMENT = "UPDATE course_run SET enrolment_closed_at = ?2"
            + " WHERE id = ?1 AND status = 'RUNNING' AND enrolment_closed_at IS NULL";
    static final String COMPLETE = "UPDATE course_run SET status = 'COMPLETED', version = version + 1"
            + " WHERE id = ?1 AND status = 'RUNNING'";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<RunLifecycleEvent> events;

    @Inject
    private Clock clock;

    /** The runs that may move on: published and running ones. */
    public List<Long> candidates() {
        return em.createQuery(CANDIDATES, Long.class)
                .setParameter("statuses", List.of(RunStatus.PUBLISHED, RunStatus.RUNNING)).getResultList();
    }

    /** Moves one run as far as the time allows; returns how many steps this transaction took. */
    public int advance(long runId, LocalDateTime now) {
        CourseRun run = em.find(CourseRun.class, runId);
        if (run == null) {
            return 0;
        }
        int steps = 0;
        if (run.getStatus() == RunStatus.PUBLISHED && run.hasStartedBy(now)
                && claim(START, runId, null)) {
            em.refresh(run);
            audit.changed(Caller.SYSTEM, RunPlanning.RUN, runId, "status", RunStatus.PUBLISHED, RunStatus.RUNNING);
            events.fire(new RunLifecycleEvent(runId, RunLifecycleEvent.Kind.STARTED, Caller.SYSTEM, null));
            steps++;
        }
        if (run.getStatus() == RunStatus.RUNNING && run.getEnrolmentClosedAt() == null
                && run.isEnrolmentOverAt(now, settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION))
                && claim(CLOSE_ENROLMENT, runId, OffsetDateTime.now(clock))) {
            em.refresh(run);
            events.fire(new RunLifecycleEvent(runId, RunLifecycleEvent.Kind.ENROLMENT_CLOSED, Caller.SYSTEM,
                    null));
            steps++;
        }
        if (run.getStatus() == RunStatus.RUNNING && run.getEnrolmentClosedAt() != null
                && run.isOverBy(now, settings.intValue(Setting.REGISTER_EDIT_DAYS))
                && claim(COMPLETE, runId, null)) {
            em.refresh(run);
            audit.changed(Caller.SYSTEM, RunPlanning.RUN, runId, "status", RunStatus.RUNNING, RunStatus.COMPLETED);
            events.fire(new RunLifecycleEvent(runId, RunLifecycleEvent.Kind.COMPLETED, Caller.SYSTEM, null));
            steps++;
        }
        return steps;
    }

    private boolean claim(String update, long runId, OffsetDateTime at) {
        var query = em.createNativeQuery(update).setParameter(1, runId);
        if (at != null) {
            query.setParameter(2, at);
        }
        return query.executeUpdate() == 1;
    }
}
