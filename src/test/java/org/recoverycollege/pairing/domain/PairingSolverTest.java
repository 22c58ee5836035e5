package org.recoverycollege.pairing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverycollege.pairing.domain.Fixtures.linked;
import static org.recoverycollege.pairing.domain.Fixtures.peer;
import static org.recoverycollege.pairing.domain.Fixtures.professional;
import static org.recoverycollege.pairing.domain.Fixtures.run;
import static org.recoverycollege.tutoring.entity.Expertise.LIVED_EXPERIENCE;
import static org.recoverycollege.tutoring.entity.Expertise.PROFESSIONAL;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoverycollege.tutoring.entity.Expertise;

/** Small handmade colleges whose best pairing is known. */
class PairingSolverTest {

    private static final SolverFactory<PairingSolution> FACTORY =
            PairingSolverConfig.factory(Duration.ofSeconds(5), Duration.ofMillis(400));

    private static PairingSolution problem(List<RunFact> runs, List<TutorFact> tutors, Map<String, TutorFact> pinned) {
        List<PairingSlot> slots = new ArrayList<>();
        for (RunFact run : runs) {
            for (Expertise role : Expertise.values()) {
                TutorFact held = pinned.get(run.id() + "-" + role);
                slots.add(new PairingSlot(run, role, held, held != null,
                        PairingSlot.candidatesFor(run, role, tutors, Set.of())));
            }
        }
        return new PairingSolution(runs, tutors, slots, ConstraintWeightOverrides.none());
    }

    private static TutorFact tutorOf(PairingSolution solution, RunFact run, Expertise role) {
        return solution.getSlots().stream().filter(s -> s.getRun().id() == run.id() && s.getRole() == role)
                .findFirst().orElseThrow().getTutor();
    }

    @Test
    void theOnlyTutorTrainedForBothClashingRunsTakesTheOneNobodyElseCan() {
        RunFact anxiety = run(1, 0, 10);
        RunFact wrap = run(2, 0, 10); // same time, same venue
        List<RunFact> runs = linked(anxiety, wrap);
        TutorFact versatile = peer("Ana").trainedFor(1, 2).build();
        TutorFact anxietyOnly = peer("Ben").trainedFor(1).build();
        TutorFact cy = professional("Cy").trainedFor(1, 2).build();
        TutorFact di = professional("Di").trainedFor(1, 2).build();

        PairingSolution best = FACTORY.buildSolver().solve(problem(runs, List.of(versatile, anxietyOnly, cy, di), Map.of()));

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().mediumScore()).isZero();
        assertThat(tutorOf(best, wrap, LIVED_EXPERIENCE)).isEqualTo(versatile);
        assertThat(tutorOf(best, anxiety, LIVED_EXPERIENCE)).isEqualTo(anxietyOnly);
        assertThat(Set.of(tutorOf(best, anxiety, PROFESSIONAL), tutorOf(best, wrap, PROFESSIONAL))).containsOnly(cy, di);
    }

    @Test
    void aPublishedPairingIsKeptEvenWhenAnotherWouldScoreBetter() {
        RunFact anxiety = run(1, 0, 10);
        List<RunFact> runs = linked(anxiety);
        TutorFact cy = professional("Cy").trainedFor(1).build();
        TutorFact ana = peer("Ana").trainedFor(1).avoids(cy).build();
        TutorFact ben = peer("Ben").trainedFor(1).build();

        PairingSolution best = FACTORY.buildSolver().solve(problem(runs, List.of(ana, ben, cy),
                Map.of(anxiety.id() + "-" + LIVED_EXPERIENCE, ana)));

        assertThat(tutorOf(best, anxiety, LIVED_EXPERIENCE)).isEqualTo(ana);
        assertThat(tutorOf(best, anxiety, PROFESSIONAL)).isEqualTo(cy);
    }

    @Test
    void aNewPeerTrainerIsPairedWithTheExperiencedProfessional() {
        RunFact anxiety = run(1, 0, 10);
        RunFact wrap = run(2, 2, 10);
        List<RunFact> runs = linked(anxiety, wrap);
        TutorFact newPeer = peer("Ana").trainedFor(1).delivered(0).build();
        TutorFact experiencedPeer = peer("Ben").trainedFor(2).delivered(6).build();
        TutorFact newProfessional = professional("Cy").trainedFor(1, 2).delivered(1).build();
        TutorFact experiencedProfessional = professional("Di").trainedFor(1, 2).delivered(8).build();

        PairingSolution best = FACTORY.buildSolver().solve(problem(runs,
                List.of(newPeer, experiencedPeer, newProfessional, experiencedProfessional), Map.of()));

        assertThat(tutorOf(best, anxiety, PROFESSIONAL)).isEqualTo(experiencedProfessional);
        assertThat(tutorOf(best, wrap, PROFESSIONAL)).isEqualTo(newProfessional);
    }

    @Test
    void aPlaceNobodyCanTakeStaysEmptyAndSaysWhenNobodyIsFree() {
        RunFact tuesday = run(1, 1, 1, LocalTimes.TEN, LocalTimes.NOON, 5);
        List<RunFact> runs = linked(tuesday);
        TutorFact ana = peer("Ana").trainedFor(1).misses(tuesday.sessions().get(2)).misses(tuesday.sessions().get(3)).build();
        TutorFact ben = peer("Ben").trainedFor(1).misses(tuesday.sessions().get(2)).misses(tuesday.sessions().get(3))
                .misses(tuesday.sessions().get(4)).build();
        TutorFact cy = professional("Cy").trainedFor(1).build();

        PairingSolution best = FACTORY.buildSolver().solve(problem(runs, List.of(ana, ben, cy), Map.of()));

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().mediumScore()).isEqualTo(-1);
        assertThat(tutorOf(best, tuesday, LIVED_EXPERIENCE)).isNull();
        var reasons = new PairingExplainer(best).explain(SolutionManager.<PairingSolution, ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore>create(FACTORY).analyze(best));
        assertThat(reasons.get(tuesday.id()).problems()).containsExactly(
                Reason.of("empty.nobodyFree", LIVED_EXPERIENCE, java.time.DayOfWeek.TUESDAY, "10:00", "12:00", "3, 4"));
    }

    @Test
    void aBusyTutorIsNamedWhenTheyCannotTakeASecondRunAtTheSameTime() {
        RunFact anxiety = run(1, 0, 10);
        RunFact wrap = run(2, 0, 10);
        List<RunFact> runs = linked(anxiety, wrap);
        TutorFact ana = peer("Ana").trainedFor(1, 2).build();
        TutorFact cy = professional("Cy").trainedFor(1, 2).build();
        TutorFact di = professional("Di").trainedFor(1, 2).build();

        PairingSolution best = FACTORY.buildSolver().solve(problem(runs, List.of(ana, cy, di), Map.of()));

        assertThat(best.getScore().mediumScore()).isEqualTo(-1);
        RunFact unpaired = tutorOf(best, anxiety, LIVED_EXPERIENCE) == null ? anxiety : wrap;
        RunFact paired = unpaired == anxiety ? wrap : anxiety;
        var reasons = new PairingExplainer(best).explain(SolutionManager.<PairingSolution, ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore>create(FACTORY).analyze(best));
        assertThat(reasons.get(unpaired.id()).problems()).containsExactly(
                Reason.of("empty.allBusy", LIVED_EXPERIENCE, "Ana (" + paired.courseTitle() + ")", "-"));
    }

    private static final class LocalTimes {
        static final java.time.LocalTime TEN = java.time.LocalTime.of(10, 0);
        static final java.time.LocalTime NOON = java.time.LocalTime.of(12, 0);
    }
}
