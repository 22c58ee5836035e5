package org.recoverycollege.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.register.entity.Attendance;

/**
 * What the audit log holds about a session's register, for administrators correcting it on
 * {@code /admin/register}: who set or changed which person's mark, from what to what, and when.
 */
@ApplicationScoped
@Transactional
public class RegisterHistory {

    static final int SHOWN = 50;
    private static final String CHANGES = "SELECT a FROM AuditEntry a WHERE a.entityType = :type"
            + " AND a.entityId IN :ids AND a.fieldName = :field ORDER BY a.occurredAt DESC, a.id DESC";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** One change of a mark; {@code from} is null when the mark was first set. Marks are enum names, times local. */
    public record MarkChange(LocalDateTime at, String by, String student, String from, String to)
            implements Serializable {
    }

    /** True when the register can no longer change: its run is completed or cancelled, or the session was. */
    public boolean isFrozen(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        return session == null || session.isCancelled() || session.getRun().getStatus().isClosed();
    }

    /** The run of the session, for the way back to it. */
    public java.util.Optional<Long> runOf(long sessionId) {
        return java.util.Optional.ofNullable(em.find(CourseSession.class, sessionId)).map(s -> s.getRun().getId());
    }

    /** The latest changes to the session's marks, newest first; none for a caller who is no administrator. */
    public List<MarkChange> changes(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null || !caller.isAdministrator()) {
            return List.of();
        }
        Map<Long, Attendance> marks = em.createNamedQuery(Attendance.FIND_BY_SESSION, Attendance.class)
                .setParameter("session", session).getResultStream()
                .collect(Collectors.toMap(Attendance::getId, Function.identity()));
        if (marks.isEmpty()) {
            return List.of();
        }
        return em.createQuery(CHANGES, AuditEntry.class).setParameter("type", RegisterService.ATTENDANCE)
                .setParameter("ids", marks.keySet()).setParameter("field", "mark").setMaxResults(SHOWN)
                .getResultStream()
                .map(a -> new MarkChange(
                        a.getOccurredAt().atZoneSameInstant(clock.getZone()).toLocalDateTime().withNano(0), a.getActor(),
                        marks.get(a.getEntityId()).getEnrolment().getStudent().getAccount().getDisplayName(),
                        a.getOldValue(), a.getNewValue()))
                .toList();
    }
}
