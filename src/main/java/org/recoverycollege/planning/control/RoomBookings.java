package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.platform.control.Refusal;

/**
 * No room holds two sessions at overlapping times. PostgreSQL could enforce it with an exclusion
 * constraint, but that needs the btree_gist extension and H2 has no such constraint; so every booking of
 * a room first locks the room's row ({@code SELECT ... FOR UPDATE}, on both databases): bookings of one
 * room take turns on every instance, and the later one sees the earlier one's session when it looks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RoomBookings {

    private static final String LOCK_ROOM = "SELECT id FROM room WHERE id = ? FOR UPDATE";
    // the times are compared in Java: H2 compares a TIME column with a bound LocalTime wrongly
    private static final String SAME_DAY = "SELECT s FROM CourseSession s WHERE s.room = :room"
            + " AND s.sessionDate = :date AND s.cancelled = :cancelled ORDER BY s.startsAt, s.id";

    @PersistenceContext
    private EntityManager em;

    /**
     * Refuses, naming the other session's course, date and time, when any of the sessions would share the
     * room with another session at the same time. The room stays locked until the transaction ends.
     */
    public void requireFree(Room room, Collection<CourseSession> sessions) {
        em.createNativeQuery(LOCK_ROOM).setParameter(1, room.getId()).getResultList();
        for (CourseSession session : sessions) {
            if (session.isCancelled()) {
                continue;
            }
            em.createQuery(SAME_DAY, CourseSession.class).setParameter("room", room)
                    .setParameter("date", session.getSessionDate()).setParameter("cancelled", false)
                    .getResultStream().filter(session::overlaps).findFirst().ifPresent(other -> {
                        throw new Refusal("runs.roomClash", room.getName(), other.getRun().getCourse().getTitle(),
                                other.getSessionDate(), other.getStartsAt().toString(),
                                other.getEndsAt().toString());
                    });
        }
    }
}
