package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseRun;

/**
 * A run's confirmed list and its waiting list (first come, first served), for administrators. Read in a
 * transaction, like {@code RunPlanning}, because pages read it right after queuing mail.
 */
@ApplicationScoped
@Transactional
public class EnrolmentLists {

    /** One query for the whole list: names, addresses and whether needs are recorded, without loading students. */
    private static final String BY_STATUS = """
            SELECT e.id, s.id, a.displayName, a.email, e.status, e.requestedAt,
                   CASE WHEN s.otherNeeds IS NOT NULL OR SIZE(s.supportNeeds) > 0 THEN TRUE ELSE FALSE END,
                   e.offerExpiresAt
              FROM Enrolment e JOIN e.student s JOIN s.account a
             WHERE e.run.id = :runId AND e.status = :status ORDER BY e.requestedAt, e.id""";

    /** Waiting-list entries of the run that keep a confirmed place elsewhere, with that place's run. */
    private static final String KEEPING_ELSEWHERE = """
            SELECT e.id, k.run FROM Enrolment e JOIN e.movedFrom k
             WHERE e.run.id = :runId AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.WAITLISTED
               AND k.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.CONFIRMED""";
    /** Confirmed places on the run kept for people waiting elsewhere, with the run they wait for. */
    private static final String MOVING_ELSEWHERE = """
            SELECT k.id, e.run FROM Enrolment e JOIN e.movedFrom k
             WHERE k.run.id = :runId AND e.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.WAITLISTED
               AND k.status = org.recoverycollege.enrolment.entity.EnrolmentStatus.CONFIRMED""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<PlaceHolder> confirmed(long runId) {
        return list(runId, EnrolmentStatus.CONFIRMED);
    }

    /** The waiting list in the order places will be offered. */
    public List<PlaceHolder> waiting(long runId) {
        return list(runId, EnrolmentStatus.WAITLISTED);
    }

    private List<PlaceHolder> list(long runId, EnrolmentStatus status) {
        Map<Long, String> moves = new HashMap<>();
        em.createQuery(status == EnrolmentStatus.CONFIRMED ? MOVING_ELSEWHERE : KEEPING_ELSEWHERE, Object[].class)
                .setParameter("runId", runId).getResultList()
                .forEach(r -> moves.put((Long) r[0], describe((CourseRun) r[1])));
        return em.createQuery(BY_STATUS, Object[].class).setParameter("runId", runId).setParameter("status", status)
                .getResultList().stream()
                .map(r -> new PlaceHolder((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (EnrolmentStatus) r[4],
                        (OffsetDateTime) r[5], Boolean.TRUE.equals(r[6]), moves.get((Long) r[0]),
                        r[7] == null ? null : ((OffsetDateTime) r[7]).atZoneSameInstant(clock.getZone()).toLocalDateTime()))
                .toList();
    }

    /** A run as the move lists name it: term, first day and venue. */
    static String describe(CourseRun run) {
        return run.getTerm().getName() + ", " + run.firstSession().map(first -> first.getSessionDate() + ", ").orElse("")
                + run.getVenue().getName();
    }
}
