package org.recoverycollege.reporting.control;

import java.io.Serializable;
import org.recoverycollege.planning.entity.RunStatus;

/**
 * What one run contributes to the figures: places, waiting list, attendance, completion, evaluations,
 * wellbeing and co-production. These are the rows behind every figure on the dashboard.
 */
public record RunFacts(long runId, long courseId, String courseTitle, long categoryId, String categoryName,
        RunStatus status, boolean coDesigned, int capacity, long enrolled, long waiting, long completed,
        long presentMarks, long allMarks, long evaluations, long goodOrExcellent, long wellbeingPairs,
        long wellbeingChangeSum, boolean paired, long deliveredSessions, long sessionsWithBoth)
        implements Serializable {

    public Share fill() {
        return new Share(enrolled, capacity);
    }

    public Share attendance() {
        return new Share(presentMarks, allMarks);
    }

    public Share goodRatings() {
        return new Share(goodOrExcellent, evaluations);
    }

    public Share bothPresent() {
        return new Share(sessionsWithBoth, deliveredSessions);
    }

    /** Full with people still waiting: a run worth repeating. */
    public boolean worthRepeating() {
        return waiting > 0 && enrolled >= capacity;
    }
}
