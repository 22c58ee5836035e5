package org.recoverycollege.planning.control;

import java.io.Serializable;
import java.util.List;

/** One page of prospectus results: the entries shown, how many matched, and which page of how many. */
public record ProspectusPage(List<ProspectusEntry> entries, int total, int page, int pages) implements Serializable {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
