package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.platform.entity.AuditEntry_;

/**
 * The searchable audit log, newest first: by who (part of the e-mail), action, record type, record id
 * and a range of days (in the college's zone).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditSearch extends CriteriaPaging<AuditEntry, AuditEntry, AuditEntry> {

    @Inject
    private Clock clock;

    public AuditSearch() {
        super(AuditEntry.class, AuditEntry.class);
    }

    @Override
    protected void shape(CriteriaBuilder cb, CriteriaQuery<AuditEntry> query, Root<AuditEntry> entry,
            PageRequest request) {
        boolean oldestFirst = "occurredAt".equals(request.sortField()) && request.ascending();
        query.orderBy(oldestFirst ? cb.asc(entry.get(AuditEntry_.occurredAt)) : cb.desc(entry.get(AuditEntry_.occurredAt)),
                oldestFirst ? cb.asc(entry.get(AuditEntry_.id)) : cb.desc(entry.get(AuditEntry_.id)));
    }

    @Override
    protected List<AuditEntry> rows(List<AuditEntry> results) {
        return results;
    }

    @Override
    protected Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        String actor = request.containsPattern("actor");
        if (actor != null) {
            where.add(cb.like(cb.lower(entry.get(AuditEntry_.actor)), actor, '\\'));
        }
        String action = request.filter("action");
        if (action != null) {
            where.add(cb.equal(entry.get(AuditEntry_.action), action.toUpperCase(Locale.ROOT)));
        }
        String type = request.filter("entityType");
        if (type != null) {
            where.add(cb.equal(cb.lower(entry.get(AuditEntry_.entityType)), type.toLowerCase(Locale.ROOT)));
        }
        String id = request.filter("entityId");
        if (id != null) {
            try {
                where.add(cb.equal(entry.get(AuditEntry_.entityId), Long.valueOf(id)));
            } catch (NumberFormatException e) {
                where.add(cb.disjunction());
            }
        }
        LocalDate from = date(request.filter("from"));
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get(AuditEntry_.occurredAt), startOf(from)));
        }
        LocalDate to = date(request.filter("to"));
        if (to != null) {
            where.add(cb.lessThan(entry.get(AuditEntry_.occurredAt), startOf(to.plusDays(1))));
        }
        return where.toArray(Predicate[]::new);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
