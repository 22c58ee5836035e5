package org.recoverycollege.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.cdi.Param;
import org.recoverycollege.platform.control.AuditSearch;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.platform.web.PagedModel;

/** {@code /admin/audit}: who viewed or changed what and when, searchable, a page at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditSearch search;
    @Inject
    private java.time.Clock clock;

    private PagedModel<AuditEntry> entries;
    private String actor;
    /** What the address may name ({@code ?type=&id=}), so a record's page can open its history here. */
    @Inject
    @Param(name = "type")
    private String entityType;
    @Inject
    @Param(name = "id")
    private String entityId;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        entries = new PagedModel<>(search, AuditEntry::getId);
        search();
    }

    public void search() {
        entries.withFilter("actor", actor).withFilter("entityType", entityType).withFilter("entityId", entityId)
                .withFilter("from", from).withFilter("to", to);
    }

    public java.time.ZoneId getZone() {
        return clock.getZone();
    }

    public PagedModel<AuditEntry> getEntries() { return entries; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
