package org.recoverycollege.pairing.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.ReadinessItem;

/** Small handmade colleges for the pairing tests: runs on weekly sessions, tutors built step by step. */
final class Fixtures {

    static final LocalDate TERM_START = LocalDate.of(2026, 1, 5); // a Monday
    static final Duration TRAVEL_GAP = Duration.ofMinutes(60);
    private static long nextId = 1000;

    private Fixtures() {
    }

    /** A run of {@code weeks} weekly sessions from the term's first {@code day} (0 = Monday) at the time. */
    static RunFact run(long courseId, long venueId, int day, LocalTime start, LocalTime end, int weeks) {
        long runId = nextId++;
        List<SessionFact> sessions = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            sessions.add(new SessionFact(nextId++, runId, TERM_START.plusDays(day).plusWeeks(w), start, end, venueId,
                    venueId == ONLINE, w + 1));
        }
        return new RunFact(runId, courseId, "Course " + courseId, venueId, "Venue " + venueId, sessions);
    }

    static final long ONLINE = 99;

    static RunFact run(long courseId, int day, int startHour) {
        return run(courseId, 1, day, LocalTime.of(startHour, 0), LocalTime.of(startHour + 2, 0), 3);
    }

    static List<RunFact> linked(RunFact... runs) {
        RunFact.linkClashes(List.of(runs), TRAVEL_GAP);
        return List.of(runs);
    }

    static TutorBuilder peer(String name) {
        return new TutorBuilder(name, Expertise.LIVED_EXPERIENCE);
    }

    static TutorBuilder professional(String name) {
        return new TutorBuilder(name, Expertise.PROFESSIONAL);
    }

    static PairingSlot slot(RunFact run, Expertise role, TutorFact tutor) {
        return new PairingSlot(run, role, tutor, false, List.of());
    }

    static final class TutorBuilder {
        private final long id = nextId++;
        private final String name;
        private final Expertise expertise;
        private int max = 5;
        private final Set<Long> trained = new HashSet<>();
        private final Set<Long> preferred = new HashSet<>();
        private final Set<Long> missed = new HashSet<>();
        private final Set<Long> venues = new HashSet<>();
        private int delivered = 5;
        private final Set<Long> preferredPartners = new HashSet<>();
        private final Set<Long> avoidedPartners = new HashSet<>();
        private final java.util.Map<ReadinessItem, LocalDate> readiness = new java.util.EnumMap<>(ReadinessItem.class);

        TutorBuilder(String name, Expertise expertise) {
            this.name = name;
            this.expertise = expertise;
        }

        TutorBuilder trainedFor(long... courseIds) {
            for (long c : courseIds) {
                trained.add(c);
            }
            return this;
        }

        TutorBuilder prefers(long courseId) {
            preferred.add(courseId);
            return this;
        }

        TutorBuilder misses(SessionFact session) {
            missed.add(session.id());
            return this;
        }

        TutorBuilder max(int sessionsPerWeek) {
            this.max = sessionsPerWeek;
            return this;
        }

        TutorBuilder names(long venueId) {
            venues.add(venueId);
            return this;
        }

        TutorBuilder delivered(int runs) {
            this.delivered = runs;
            return this;
        }

        TutorBuilder likes(TutorFact partner) {
            preferredPartners.add(partner.id());
            return this;
        }

        TutorBuilder avoids(TutorFact partner) {
            avoidedPartners.add(partner.id());
            return this;
        }

        TutorBuilder validUntil(ReadinessItem item, LocalDate lastValidDay) {
            readiness.put(item, lastValidDay);
            return this;
        }

        TutorFact build() {
            return new TutorFact(id, name, expertise, max, trained, preferred, missed, venues, delivered,
                    preferredPartners, avoidedPartners, readiness);
        }
    }
}
