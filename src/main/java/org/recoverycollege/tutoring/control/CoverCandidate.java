package org.recoverycollege.tutoring.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * What is known about one possible cover tutor for a session: the rules a cover must meet (trained for
 * the course, ready on the session's day (no readiness item expired), available, not double-booked, under the weekly maximum) and what ranks the eligible.
 */
public record CoverCandidate(long tutorId, String name, boolean trained, boolean ready, boolean available,
        boolean doubleBooked, int sessionsThatWeek, int weeklyMax, boolean prefersCourse) implements Serializable {

    public boolean isEligible() {
        return trained && ready && available && !doubleBooked && sessionsThatWeek < weeklyMax;
    }

    /**
     * The eligible candidates, best first: those who prefer the course, then those with the fewest sessions
     * that week (to spread work fairly), then by name.
     */
    public static List<CoverCandidate> rank(List<CoverCandidate> candidates) {
        return candidates.stream()
                .filter(CoverCandidate::isEligible)
                .sorted(Comparator.comparing((CoverCandidate c) -> !c.prefersCourse())
                        .thenComparingInt(CoverCandidate::sessionsThatWeek)
                        .thenComparing(CoverCandidate::name))
                .toList();
    }
}
