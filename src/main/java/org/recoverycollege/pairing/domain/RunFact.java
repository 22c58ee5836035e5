package org.recoverycollege.pairing.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A course run to pair: its course, venue and sessions. The runs it clashes with (a shared tutor could not
 * attend both, travel gap included) are worked out once by {@link #linkClashes}, so the solver only looks
 * them up.
 */
public final class RunFact {

    private final long id;
    private final long courseId;
    private final String courseTitle;
    private final long venueId;
    private final String venueName;
    private final List<SessionFact> sessions;
    private final Set<Long> clashingRunIds = new HashSet<>();

    public RunFact(long id, long courseId, String courseTitle, long venueId, String venueName,
            List<SessionFact> sessions) {
        this.id = id;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.venueId = venueId;
        this.venueName = venueName;
        this.sessions = List.copyOf(sessions);
    }

    /** Records, for every pair of runs, whether one person could deliver both. */
    public static void linkClashes(Collection<RunFact> runs, Duration travelGap) {
        // only sessions on the same or neighbouring days can clash: index them by day
        Map<java.time.LocalDate, List<SessionFact>> byDay = new TreeMap<>();
        Map<Long, RunFact> byId = new java.util.HashMap<>();
        for (RunFact run : runs) {
            byId.put(run.id, run);
            run.sessions.forEach(s -> byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        }
        for (RunFact run : runs) {
            for (SessionFact mine : run.sessions) {
                for (int dayOffset = -1; dayOffset <= 1; dayOffset++) {
                    for (SessionFact theirs : byDay.getOrDefault(mine.date().plusDays(dayOffset), List.of())) {
                        if (theirs.runId() != run.id && mine.clashesWith(theirs, travelGap)) {
                            run.clashingRunIds.add(theirs.runId());
                            byId.get(theirs.runId()).clashingRunIds.add(run.id);
                        }
                    }
                }
            }
        }
    }

    public boolean clashesWith(RunFact other) {
        return clashingRunIds.contains(other.id);
    }

    /** The day of the run's last session (none for a run without sessions). */
    public java.util.Optional<java.time.LocalDate> lastSessionDate() {
        return sessions.stream().map(SessionFact::date).max(java.time.LocalDate::compareTo);
    }

    public int sessionCount() {
        return sessions.size();
    }

    public long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public long venueId() {
        return venueId;
    }

    public String venueName() {
        return venueName;
    }

    public List<SessionFact> sessions() {
        return sessions;
    }

    @Override
    public String toString() {
        return courseTitle + " #" + id;
    }
}
