package org.recoverycollege.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.recoverycollege.platform.entity.BaseEntity;
import org.recoverycollege.platform.entity.Texts;

/**
 * One line of the audit trail: who did what to which record and when, and for a change of one field its
 * old and new value (cut to {@value #VALUE_MAX} characters). Entries are never changed.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_BY_ENTITY,
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :entityType AND a.entityId = :entityId"
                + " ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.FIND_BETWEEN,
        query = "SELECT a FROM AuditEntry a WHERE a.occurredAt >= :from AND a.occurredAt < :to"
                + " ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ENTITY = "AuditEntry.findByEntity";
    /** Entries from {@code :from} (included) to {@code :to} (excluded), newest first. */
    public static final String FIND_BETWEEN = "AuditEntry.findBetween";
    public static final int ACTOR_MAX = 254;
    public static final int ACTION_MAX = 32;
    public static final int ENTITY_TYPE_MAX = 64;
    public static final int FIELD_NAME_MAX = 64;
    public static final int VALUE_MAX = 2000;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @NotBlank
    @Size(max = ACTOR_MAX)
    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @NotBlank
    @Size(max = ACTION_MAX)
    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @NotBlank
    @Size(max = ENTITY_TYPE_MAX)
    @Column(name = "entity_type", nullable = false, updatable = false, length = ENTITY_TYPE_MAX)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Size(max = FIELD_NAME_MAX)
    @Column(name = "field_name", updatable = false, length = FIELD_NAME_MAX)
    private String fieldName;

    @Size(max = VALUE_MAX)
    @Column(name = "old_value", updatable = false, length = VALUE_MAX)
    private String oldValue;

    @Size(max = VALUE_MAX)
    @Column(name = "new_value", updatable = false, length = VALUE_MAX)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    /** An entry for a change of one field; values longer than {@value #VALUE_MAX} characters are cut. */
    public AuditEntry(OffsetDateTime occurredAt, String actor, String action, String entityType, Long entityId,
            String fieldName, String oldValue, String newValue) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "time");
        this.actor = Texts.required(actor, ACTOR_MAX, "actor");
        this.action = Texts.required(action, ACTION_MAX, "action");
        this.entityType = Texts.required(entityType, ENTITY_TYPE_MAX, "entity type");
        this.entityId = entityId;
        this.fieldName = Texts.optional(fieldName, FIELD_NAME_MAX, "field name");
        this.oldValue = Texts.truncate(oldValue, VALUE_MAX);
        this.newValue = Texts.truncate(newValue, VALUE_MAX);
    }

    /** An entry for an action on a whole record (viewed, created, deleted, exported...). */
    public AuditEntry(OffsetDateTime occurredAt, String actor, String action, String entityType, Long entityId) {
        this(occurredAt, actor, action, entityType, entityId, null, null, null);
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
