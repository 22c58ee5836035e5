package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.AuditEntry;

/**
 * Who viewed or changed what, and when. Entries join the caller's transaction, so an audited change and
 * its entry are stored together or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    public static final String VIEW = "VIEW";
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void viewed(String actor, String entityType, Long entityId) {
        em.persist(new AuditEntry(OffsetDateTime.now(clock), actor, VIEW, entityType, entityId));
    }

    public void recorded(String actor, String action, String entityType, Long entityId) {
        em.persist(new AuditEntry(OffsetDateTime.now(clock), actor, action, entityType, entityId));
    }

    /** One changed field; nothing is written when the value did not change. */
    public void changed(String actor, String entityType, Long entityId, String field, Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        em.persist(new AuditEntry(OffsetDateTime.now(clock), actor, UPDATE, entityType, entityId, field,
                oldValue == null ? null : oldValue.toString(), newValue == null ? null : newValue.toString()));
    }
}
