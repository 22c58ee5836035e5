package org.recoverycollege.pairing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recoverycollege.pairing.control.BoardRow;
import org.recoverycollege.pairing.control.PairingBoard;
import org.recoverycollege.pairing.control.TermChoice;
import org.recoverycollege.platform.web.UserMessages;

/** {@code /admin/pairing}: the runs of a term with their pairs and reasons, filters, and publishing. */
@Named
@ViewScoped
public class PairingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PairingBoard board;

    private List<TermChoice> terms;
    private Long termId;
    private boolean unpairedOnly;
    private boolean conflictsOnly;
    private Long courseId;
    private Long venueId;
    private List<BoardRow> rows = List.of();
    private boolean confirmingPublish;

    @PostConstruct
    void init() {
        terms = board.terms();
        termId = board.defaultTermId().orElse(null);
        reload();
    }

    /** Reads the board again from the database (after a solve, a change or a publish). */
    public void reload() {
        rows = termId == null ? List.of() : board.rows(termId);
    }

    public void termChanged() {
        courseId = null;
        venueId = null;
        reload();
    }

    /** Publishing asks first: it sends e-mails that cannot be taken back. */
    public void askToPublish() {
        confirmingPublish = true;
    }

    public void cancelPublish() {
        confirmingPublish = false;
    }

    public boolean isConfirmingPublish() {
        return confirmingPublish;
    }

    public void publish() {
        confirmingPublish = false;
        try {
            int offered = board.publish(termId);
            UserMessages.info(offered == 0 ? "pairing.publish.none" : "pairing.publish.done", offered);
        } finally {
            reload();
        }
    }

    public List<BoardRow> getShownRows() {
        return rows.stream()
                .filter(r -> !unpairedOnly || r.isUnpaired())
                .filter(r -> !conflictsOnly || r.isConflicted())
                .filter(r -> courseId == null || r.courseId() == courseId)
                .filter(r -> venueId == null || r.venueId() == venueId)
                .toList();
    }

    public Map<String, Long> getCourses() {
        Map<String, Long> courses = new TreeMap<>();
        rows.forEach(r -> courses.put(r.courseTitle(), r.courseId()));
        return courses;
    }

    public Map<String, Long> getVenues() {
        Map<String, Long> venues = new TreeMap<>();
        rows.forEach(r -> venues.put(r.venueName(), r.venueId()));
        return venues;
    }

    public long getUnpairedCount() {
        return rows.stream().filter(BoardRow::isUnpaired).count();
    }

    public long getConflictedCount() {
        return rows.stream().filter(BoardRow::isConflicted).count();
    }

    public int getRunCount() {
        return rows.size();
    }

    public List<TermChoice> getTerms() {
        return terms;
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public boolean isUnpairedOnly() {
        return unpairedOnly;
    }

    public void setUnpairedOnly(boolean unpairedOnly) {
        this.unpairedOnly = unpairedOnly;
    }

    public boolean isConflictsOnly() {
        return conflictsOnly;
    }

    public void setConflictsOnly(boolean conflictsOnly) {
        this.conflictsOnly = conflictsOnly;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }
}
