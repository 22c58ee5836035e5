package org.recoverycollege.pairing.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The runs of a term on the pairing board, with the figures the board sums up and the choices it filters by. */
public record BoardRows(List<BoardRow> all) implements Serializable {

    /** No term chosen: an empty board. */
    public static final BoardRows NONE = new BoardRows(List.of());

    public int runCount() {
        return all.size();
    }

    public long unpairedCount() {
        return all.stream().filter(BoardRow::isUnpaired).count();
    }

    public long conflictedCount() {
        return all.stream().filter(BoardRow::isConflicted).count();
    }

    /** The courses on the board, title to id, by title. */
    public Map<String, Long> courses() {
        Map<String, Long> courses = new TreeMap<>();
        all.forEach(r -> courses.put(r.courseTitle(), r.courseId()));
        return courses;
    }

    /** The venues on the board, name to id, by name. */
    public Map<String, Long> venues() {
        Map<String, Long> venues = new TreeMap<>();
        all.forEach(r -> venues.put(r.venueName(), r.venueId()));
        return venues;
    }
}
