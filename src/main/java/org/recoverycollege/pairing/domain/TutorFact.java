package org.recoverycollege.pairing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.ReadinessItem;

/**
 * A tutor as the solver sees them. Availability is given as the sessions of the term they cannot make
 * (weekly slots minus exceptions, worked out from the tutor's record when the problem is loaded).
 *
 * @param runsDelivered runs delivered so far (accepted on running or completed runs): fewer than
 *                      {@link #EXPERIENCED_RUNS} makes a newly trained tutor
 * @param namedVenueIds venues that some of the tutor's weekly slots name
 * @param readinessExpiries the recorded readiness items that lapse, with the last day each is valid
 */
public record TutorFact(long id, String name, Expertise expertise, int maxSessionsPerWeek, Set<Long> trainedCourseIds,
        Set<Long> preferredCourseIds, Set<Long> missedSessionIds, Set<Long> namedVenueIds, int runsDelivered,
        Set<Long> preferredPartnerIds, Set<Long> avoidedPartnerIds, Map<ReadinessItem, LocalDate> readinessExpiries) {

    public static final int EXPERIENCED_RUNS = 2;

    /** A tutor with no readiness item that lapses. */
    public TutorFact(long id, String name, Expertise expertise, int maxSessionsPerWeek, Set<Long> trainedCourseIds,
            Set<Long> preferredCourseIds, Set<Long> missedSessionIds, Set<Long> namedVenueIds, int runsDelivered,
            Set<Long> preferredPartnerIds, Set<Long> avoidedPartnerIds) {
        this(id, name, expertise, maxSessionsPerWeek, trainedCourseIds, preferredCourseIds, missedSessionIds,
                namedVenueIds, runsDelivered, preferredPartnerIds, avoidedPartnerIds, Map.of());
    }

    /** An expired readiness item: which, and the last day it was or is valid. */
    public record Lapse(ReadinessItem item, LocalDate validUntil) {
    }

    /**
     * The first readiness item (earliest expiry) that is no longer valid on the run's last session day, if
     * any: an item expiring before the run ends counts as expired for the whole run.
     */
    public Optional<Lapse> lapseFor(RunFact run) {
        return run.lastSessionDate().flatMap(last -> readinessExpiries.entrySet().stream()
                .filter(e -> e.getValue().isBefore(last))
                .min(Map.Entry.<ReadinessItem, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Lapse(e.getKey(), e.getValue())));
    }

    public boolean isReadyFor(RunFact run) {
        return lapseFor(run).isEmpty();
    }

    public boolean isTrainedFor(RunFact run) {
        return trainedCourseIds.contains(run.courseId());
    }

    /** The sessions of the run this tutor cannot make. */
    public List<SessionFact> missedSessions(RunFact run) {
        return run.sessions().stream().filter(s -> missedSessionIds.contains(s.id())).toList();
    }

    public boolean isFreeFor(RunFact run) {
        return run.sessions().stream().noneMatch(s -> missedSessionIds.contains(s.id()));
    }

    /** True when they chose some courses as preferred and this run's is not one of them. */
    public boolean dislikesCourseOf(RunFact run) {
        return !preferredCourseIds.isEmpty() && !preferredCourseIds.contains(run.courseId());
    }

    public boolean isExperienced() {
        return runsDelivered >= EXPERIENCED_RUNS;
    }

    public boolean namesVenueOf(RunFact run) {
        return namedVenueIds.contains(run.venueId());
    }

    /** Either of the two would rather not work with the other. */
    public boolean avoids(TutorFact partner) {
        return avoidedPartnerIds.contains(partner.id) || partner.avoidedPartnerIds.contains(id);
    }

    /** Either of the two asked to work with the other (and neither avoids the other). */
    public boolean prefers(TutorFact partner) {
        return !avoids(partner) && (preferredPartnerIds.contains(partner.id) || partner.preferredPartnerIds.contains(id));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TutorFact tutor && tutor.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return name + " #" + id;
    }
}
