package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;

/** A run's confirmed list and its waiting list (first come, first served), for administrators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnrolmentLists {

    private static final String BY_STATUS = """
            SELECT e FROM Enrolment e JOIN FETCH e.student s JOIN FETCH s.account
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
        return em.createQuery(BY_STATUS, Enrolment.class).setParameter("runId", runId).setParameter("status", status)
                .getResultList().stream()
                .map(e -> new PlaceHolder(e.getId(), e.getStudent().getId(), e.getStudent().getAccount().getDisplayName(),
                        e.getStudent().getAccount().getEmail(), e.getStatus(), e.getRequestedAt(), e.getStudent().hasNeeds()))
                .toList();
    }
}
