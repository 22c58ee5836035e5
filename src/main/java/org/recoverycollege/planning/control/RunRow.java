package org.recoverycollege.planning.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.recoverycollege.planning.entity.RunStatus;

/** One line of the runs table. */
public record RunRow(long id, String courseTitle, String categoryName, String termName, String venueName,
        LocalDate firstDate, int capacity, int confirmed, long waiting, RunStatus status) implements Serializable {

    /** Confirmed places as a share of capacity, 0 to 100. */
    public int fillPercent() {
        return capacity == 0 ? 0 : Math.round(100f * confirmed / capacity);
    }
}
