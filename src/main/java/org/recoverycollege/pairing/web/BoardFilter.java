package org.recoverycollege.pairing.web;

import java.io.Serializable;
import java.util.List;
import org.recoverycollege.pairing.control.BoardRow;

/** The pairing board's filters: only unpaired runs, only runs breaking a rule, one course, one venue. */
public class BoardFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean unpairedOnly;
    private boolean conflictsOnly;
    private Long courseId;
    private Long venueId;

    /** The rows these filters let through, in their order. */
    public List<BoardRow> shown(List<BoardRow> rows) {
        return rows.stream()
                .filter(r -> !unpairedOnly || r.isUnpaired())
                .filter(r -> !conflictsOnly || r.isConflicted())
                .filter(r -> courseId == null || r.courseId() == courseId)
                .filter(r -> venueId == null || r.venueId() == venueId)
                .toList();
    }

    /** Another term has other courses and venues: their choices no longer apply. */
    public void forgetCourseAndVenue() {
        courseId = null;
        venueId = null;
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
