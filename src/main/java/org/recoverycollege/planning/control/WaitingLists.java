package org.recoverycollege.planning.control;

import java.util.Collection;
import java.util.Map;

/** How long runs' waiting lists are; answered by enrolment, which holds the places. */
public interface WaitingLists {

    /** Run id to the number of people waiting, for those of {@code runIds} with anyone waiting. */
    Map<Long, Long> lengths(Collection<Long> runIds);
}
