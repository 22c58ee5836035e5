package org.recoverycollege.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseSession;

/**
 * Tells the students with a confirmed place when one of their sessions moves or is cancelled, with the
 * updated calendar. Call it in the transaction that changed the session, after the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionChangeNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EnrolmentMail mail;

    /** The session has a new date, time or place; returns how many students were told. */
    public int sessionChanged(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        return notify(session, false);
    }

    /** The session was cancelled; returns how many students were told. */
    public int sessionCancelled(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        return notify(session, true);
    }

    private int notify(CourseSession session, boolean cancelled) {
        if (session == null) {
            return 0;
        }
        var confirmed = em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                .setParameter("run", session.getRun())
                .setParameter("status", EnrolmentStatus.CONFIRMED)
                .getResultList();
        for (Enrolment enrolment : confirmed) {
            if (cancelled) {
                mail.sessionCancelled(enrolment, session);
            } else {
                mail.sessionChanged(enrolment, session);
            }
        }
        return confirmed.size();
    }
}
