package org.recoverycollege.pairing.benchmark;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.recoverycollege.pairing.domain.PairingConstraints;
import org.recoverycollege.pairing.domain.PairingSlot;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.pairing.domain.RunFact;
import org.recoverycollege.pairing.domain.SessionFact;
import org.recoverycollege.pairing.domain.TutorFact;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * Generates a college of a given number of runs, shaped like the demo college: weekly runs of 5 to 8
 * sessions in a 12-week term, at a few venues and online; about 0.6 tutors per run (half peer, half
 * professional), each trained for about a third of the courses, free on most weekdays and some
 * evenings, sometimes away for a week. Seeded, so every run of the benchmark sees the same colleges.
 */
final class SyntheticCollege {

    private static final LocalDate TERM_START = LocalDate.of(2027, 1, 4); // a Monday
    private static final LocalTime[][] TIMES = {
        {LocalTime.of(10, 0), LocalTime.of(12, 0)}, {LocalTime.of(13, 30), LocalTime.of(15, 30)},
        {LocalTime.of(14, 0), LocalTime.of(16, 0)}, {LocalTime.of(18, 0), LocalTime.of(20, 0)}};

    private SyntheticCollege() {
    }

    static PairingSolution generate(int runCount, long seed) {
        Random random = new Random(seed);
        int courses = Math.max(10, runCount / 4);
        int venues = Math.max(3, runCount / 60);
        long online = venues; // the last venue id is the online one
        long nextId = 1;
        List<RunFact> runs = new ArrayList<>();
        for (int r = 0; r < runCount; r++) {
            long runId = nextId++;
            long course = random.nextInt(courses);
            long venue = random.nextInt(venues + 1);
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
            LocalTime[] time = TIMES[random.nextInt(TIMES.length)];
            LocalDate first = TERM_START.plusWeeks(random.nextInt(3)).plusDays(day.getValue() - 1);
            int weeks = 5 + random.nextInt(4);
            List<SessionFact> sessions = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                LocalDate date = first.plusWeeks(w);
                sessions.add(new SessionFact(nextId++, runId, date, time[0], time[1], venue, venue == online,
                        (int) (Duration.between(TERM_START.atStartOfDay(), date.atStartOfDay()).toDays() / 7) + 1));
            }
            runs.add(new RunFact(runId, course, "Course " + course, venue, "Venue " + venue, sessions));
        }
        RunFact.linkClashes(runs, Duration.ofMinutes(60));

        int tutorCount = Math.max(8, (int) Math.round(runCount * 0.6));
        List<TutorFact> tutors = new ArrayList<>();
        for (int t = 0; t < tutorCount; t++) {
            Expertise expertise = t % 2 == 0 ? Expertise.LIVED_EXPERIENCE : Expertise.PROFESSIONAL;
            Set<Long> trained = new HashSet<>();
            for (long c = 0; c < courses; c++) {
                if (random.nextInt(3) == 0) {
                    trained.add(c);
                }
            }
            Set<Long> preferred = new HashSet<>();
            trained.stream().filter(c -> random.nextInt(4) == 0).forEach(preferred::add);
            boolean[] days = new boolean[5];
            boolean[] evenings = new boolean[5];
            for (int d = 0; d < 5; d++) {
                days[d] = random.nextInt(10) >= 3;
                evenings[d] = days[d] && random.nextBoolean();
            }
            int awayWeek = random.nextInt(10) < 3 ? 1 + random.nextInt(12) : -1;
            Set<Long> missed = new HashSet<>();
            for (RunFact run : runs) {
                for (SessionFact s : run.sessions()) {
                    int d = s.date().getDayOfWeek().getValue() - 1;
                    boolean evening = s.start().getHour() >= 17;
                    if (!(evening ? evenings[d] : days[d]) || s.termWeek() == awayWeek) {
                        missed.add(s.id());
                    }
                }
            }
            Set<Long> named = random.nextInt(5) == 0 ? Set.of((long) random.nextInt(venues)) : Set.of();
            tutors.add(new TutorFact(nextId++, "Tutor " + t, expertise, 3 + random.nextInt(4), trained, preferred,
                    missed, named, random.nextInt(8), new HashSet<>(), new HashSet<>()));
        }
        // a few partner preferences and avoidances between peers and professionals
        for (int k = 0; k < tutorCount / 5; k++) {
            TutorFact peer = tutors.get(2 * random.nextInt(tutorCount / 2));
            TutorFact professional = tutors.get(2 * random.nextInt(tutorCount / 2) + 1);
            (random.nextBoolean() ? peer.preferredPartnerIds() : peer.avoidedPartnerIds()).add(professional.id());
        }

        List<PairingSlot> slots = new ArrayList<>();
        for (RunFact run : runs) {
            for (Expertise role : Expertise.values()) {
                slots.add(new PairingSlot(run, role, null, false, PairingSlot.candidatesFor(run, role, tutors, Set.of())));
            }
        }
        return new PairingSolution(runs, tutors, slots, ConstraintWeightOverrides.of(Map.of(
                PairingConstraints.COURSE_NOT_PREFERRED, HardMediumSoftScore.ofSoft(30),
                PairingConstraints.PREFERRED_PARTNERS, HardMediumSoftScore.ofSoft(40),
                PairingConstraints.AVOIDED_PARTNERS, HardMediumSoftScore.ofSoft(40),
                PairingConstraints.NEW_PEER_UNSUPPORTED, HardMediumSoftScore.ofSoft(60),
                PairingConstraints.VENUE_NAMED, HardMediumSoftScore.ofSoft(10),
                PairingConstraints.CHANGED, HardMediumSoftScore.ofSoft(50))));
    }
}
