package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.control.WaitingLists;

/** The waiting lists' lengths for planning's runs table: one grouped query for a page of runs. */
@ApplicationScoped
public class RunWaitingLists implements WaitingLists {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Long> lengths(Collection<Long> runIds) {
        Map<Long, Long> waiting = new HashMap<>();
        em.createQuery("SELECT e.run.id, COUNT(e) FROM Enrolment e WHERE e.run.id IN :ids AND e.status = :waiting"
                + " GROUP BY e.run.id", Object[].class).setParameter("ids", runIds)
                .setParameter("waiting", EnrolmentStatus.WAITLISTED)
                .getResultList().forEach(r -> waiting.put((Long) r[0], (Long) r[1]));
        return waiting;
    }
}
