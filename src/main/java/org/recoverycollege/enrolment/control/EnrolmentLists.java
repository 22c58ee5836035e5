package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;

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
                   CASE WHEN s.otherNeeds IS NOT NULL OR SIZE(s.supportNeeds) > 0 THEN TRUE ELSE FALSE END
              FROM Enrolment e JOIN e.student s JOIN s.account a
             WHERE e.run.id = :runId AND e.status = :status ORDER BY e.requestedAt, e.id""";

    @PersistenceContext
    private EntityManager em;

    public List<PlaceHolder> confirmed(long runId) {
        return list(runId, EnrolmentStatus.CONFIRMED);
    }

    /** The waiting list in the order places will be offered. */
    public List<PlaceHolder> waiting(long runId) {
        return list(runId, EnrolmentStatus.WAITLISTED);
    }

    private List<PlaceHolder> list(long runId, EnrolmentStatus status) {
        return em.createQuery(BY_STATUS, Object[].class).setParameter("runId", runId).setParameter("status", status)
                .getResultList().stream()
                .map(r -> new PlaceHolder((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (EnrolmentStatus) r[4],
                        (OffsetDateTime) r[5], Boolean.TRUE.equals(r[6])))
                .toList();
    }
}
