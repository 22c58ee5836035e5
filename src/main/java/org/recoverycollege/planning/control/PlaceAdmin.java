package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.planning.entity.AccessFeature;
import org.recoverycollege.planning.entity.Room;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.Refusal;

/** Terms, venues and rooms: the frame runs are planned in. Every change goes to the audit log. */
@ApplicationScoped
@Transactional
public class PlaceAdmin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public List<Term> terms() {
        return em.createNamedQuery(Term.FIND_ALL, Term.class).getResultList();
    }

    public Term getTerm(long id) {
        Term term = em.find(Term.class, id);
        if (term == null) {
            throw new Refusal("planning.termNotFound");
        }
        return term;
    }

    /** Creates (id null) or changes a term; returns its id. */
    public long saveTerm(@NotBlank String actor, Long id, @NotBlank String name, @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn, @NotNull LocalDate prospectusOn, @NotNull LocalDate enrolmentOpens,
            @NotNull LocalDate enrolmentCloses) {
        if (startsOn.isAfter(endsOn)) {
            throw new Refusal("planning.termDates");
        }
        if (enrolmentOpens.isAfter(enrolmentCloses)) {
            throw new Refusal("planning.enrolmentDates");
        }
        em.createNamedQuery(Term.FIND_BY_NAME, Term.class).setParameter("name", name.strip()).getResultStream()
                .filter(t -> !t.getId().equals(id)).findFirst()
                .ifPresent(t -> { throw new Refusal("planning.termTaken", name); });
        if (id == null) {
            Term term = new Term(name, startsOn, endsOn, prospectusOn, enrolmentOpens, enrolmentCloses);
            em.persist(term);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, "Term", term.getId());
            audit.changed(actor, "Term", term.getId(), "name", null, term.getName());
            return term.getId();
        }
        Term term = getTerm(id);
        audit.changed(actor, "Term", id, "name", term.getName(), name.strip());
        audit.changed(actor, "Term", id, "startsOn", term.getStartsOn(), startsOn);
        audit.changed(actor, "Term", id, "endsOn", term.getEndsOn(), endsOn);
        audit.changed(actor, "Term", id, "prospectusOn", term.getProspectusOn(), prospectusOn);
        audit.changed(actor, "Term", id, "enrolmentOpens", term.getEnrolmentOpens(), enrolmentOpens);
        audit.changed(actor, "Term", id, "enrolmentCloses", term.getEnrolmentCloses(), enrolmentCloses);
        term.rename(name);
        term.reschedule(startsOn, endsOn, prospectusOn, enrolmentOpens, enrolmentCloses);
        return id;
    }

    public List<Venue> venues() {
        return em.createNamedQuery(Venue.FIND_ALL, Venue.class).getResultList();
    }

    public Venue getVenue(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            throw new Refusal("planning.venueNotFound");
        }
        return venue;
    }

    public List<Room> rooms(long venueId) {
        return em.createNamedQuery(Room.FIND_BY_VENUE, Room.class).setParameter("venue", getVenue(venueId))
                .getResultList();
    }

    /** Creates (id null) or changes a venue with its access features; returns its id. */
    public long saveVenue(@NotBlank String actor, Long id, @NotBlank String name, String address, String postcode,
            boolean online, String directions, @NotNull Set<AccessFeature> features) {
        em.createNamedQuery(Venue.FIND_BY_NAME, Venue.class).setParameter("name", name.strip()).getResultStream()
                .filter(v -> !v.getId().equals(id)).findFirst()
                .ifPresent(v -> { throw new Refusal("planning.venueTaken", name); });
        Venue venue;
        if (id == null) {
            venue = new Venue(name, address, postcode, online, directions);
            venue.recordAccessFeatures(features);
            em.persist(venue);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, "Venue", venue.getId());
            audit.changed(actor, "Venue", venue.getId(), "name", null, venue.getName());
            return venue.getId();
        }
        venue = getVenue(id);
        audit.changed(actor, "Venue", id, "name", venue.getName(), name.strip());
        audit.changed(actor, "Venue", id, "address", venue.getAddress(), blankToNull(address));
        audit.changed(actor, "Venue", id, "postcode", venue.getPostcode(), blankToNull(postcode));
        audit.changed(actor, "Venue", id, "online", venue.isOnline(), online);
        audit.changed(actor, "Venue", id, "directions", venue.getDirections(), blankToNull(directions));
        audit.changed(actor, "Venue", id, "accessFeatures", new java.util.TreeSet<>(venue.getAccessFeatures()),
                new java.util.TreeSet<>(features));
        venue.rename(name);
        venue.locate(address, postcode, directions);
        venue.changeOnline(online);
        venue.recordAccessFeatures(features);
        return id;
    }

    public long addRoom(@NotBlank String actor, long venueId, @NotBlank String name, @Min(1) int capacity) {
        Venue venue = getVenue(venueId);
        if (rooms(venueId).stream().anyMatch(r -> r.getName().equalsIgnoreCase(name.strip()))) {
            throw new Refusal("planning.roomTaken", name);
        }
        Room room = new Room(venue, name, capacity);
        em.persist(room);
        em.flush();
        audit.recorded(actor, AuditLog.CREATE, "Room", room.getId());
        audit.changed(actor, "Room", room.getId(), "name", null, venue.getName() + " / " + room.getName());
        return room.getId();
    }

    public void changeRoomCapacity(@NotBlank String actor, long roomId, @Min(1) int capacity) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw new Refusal("planning.roomNotFound");
        }
        audit.changed(actor, "Room", roomId, "capacity", room.getCapacity(), capacity);
        room.changeCapacity(capacity);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
