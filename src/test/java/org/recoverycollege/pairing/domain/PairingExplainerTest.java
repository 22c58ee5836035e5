package org.recoverycollege.pairing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverycollege.pairing.domain.Fixtures.linked;
import static org.recoverycollege.pairing.domain.Fixtures.peer;
import static org.recoverycollege.pairing.domain.Fixtures.professional;
import static org.recoverycollege.pairing.domain.Fixtures.run;
import static org.recoverycollege.tutoring.entity.Expertise.LIVED_EXPERIENCE;
import static org.recoverycollege.tutoring.entity.Expertise.PROFESSIONAL;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoverycollege.tutoring.entity.Expertise;

/** The reasons the board shows, read from the score analysis of a pairing as it stands. */
class PairingExplainerTest {

    private static final SolutionManager<PairingSolution, HardMediumSoftScore> ANALYSIS =
            SolutionManager.create(PairingSolverConfig.factory(Duration.ofSeconds(1), Duration.ofSeconds(1)));

    private static Map<Long, PairingExplainer.RunReasons> explain(List<RunFact> runs, List<TutorFact> tutors,
            Map<String, TutorFact> held) {
        List<PairingSlot> slots = new ArrayList<>();
        for (RunFact run : runs) {
            for (Expertise role : Expertise.values()) {
                slots.add(new PairingSlot(run, role, held.get(run.id() + "-" + role), false,
                        PairingSlot.candidatesFor(run, role, tutors, Set.of())));
            }
        }
        PairingSolution solution = new PairingSolution(runs, tutors, slots, ConstraintWeightOverrides.none());
        return new PairingExplainer(solution).explain(ANALYSIS.analyze(solution));
    }

    @Test
    void anEmptyPlaceNobodyIsTrainedForSaysSo() {
        RunFact anxiety = run(1, 0, 10);
        TutorFact cy = professional("Cy").trainedFor(1).build();
        var reasons = explain(linked(anxiety), List.of(peer("Ana").trainedFor(2).build(), cy),
                Map.of(anxiety.id() + "-" + PROFESSIONAL, cy));
        assertThat(reasons.get(anxiety.id()).problems())
                .containsExactly(Reason.of("empty.noneTrained", LIVED_EXPERIENCE, anxiety.courseTitle()));
    }

    @Test
    void anEmptyPlaceWhereEveryTrainedTutorsReadinessLapsesNamesThemWithTheirDates() {
        RunFact anxiety = run(1, 0, 10);
        java.time.LocalDate before = anxiety.lastSessionDate().orElseThrow().minusDays(3);
        TutorFact ana = peer("Ana").trainedFor(1)
                .validUntil(org.recoverycollege.tutoring.entity.ReadinessItem.DBS_CHECK, before).build();
        var reasons = explain(linked(anxiety), List.of(ana), Map.of());
        assertThat(reasons.get(anxiety.id()).problems())
                .contains(Reason.of("empty.noneReady", LIVED_EXPERIENCE, "Ana (" + before + ")"));
    }

    @Test
    void whenEveryTrainedTutorMissesADifferentSessionEachIsNamedWithTheirWeeks() {
        RunFact anxiety = run(1, 0, 10);
        TutorFact ana = peer("Ana").trainedFor(1).misses(anxiety.sessions().get(0)).build();
        TutorFact ben = peer("Ben").trainedFor(1).misses(anxiety.sessions().get(2)).build();
        var reasons = explain(linked(anxiety), List.of(ana, ben), Map.of());
        assertThat(reasons.get(anxiety.id()).problems()).contains(
                Reason.of("empty.eachMissesSome", LIVED_EXPERIENCE, "Ana (1), Ben (3)"));
    }

    @Test
    void aHeldPairThatBreaksRulesGetsTheRulesAsProblemsAndUnmetPreferencesAsNotes() {
        RunFact anxiety = run(1, 0, 10);
        TutorFact ana = peer("Ana").trainedFor(1).misses(anxiety.sessions().get(1)).prefers(7).build();
        TutorFact cy = professional("Cy").trainedFor(2).avoids(ana).build();
        var reasons = explain(linked(anxiety), List.of(ana, cy),
                Map.of(anxiety.id() + "-" + LIVED_EXPERIENCE, ana, anxiety.id() + "-" + PROFESSIONAL, cy));
        assertThat(reasons.get(anxiety.id()).problems()).containsExactlyInAnyOrder(
                Reason.of("notFree", "Ana", "2"), Reason.of("notTrained", "Cy", anxiety.courseTitle()));
        assertThat(reasons.get(anxiety.id()).notes()).containsExactlyInAnyOrder(
                Reason.of("courseNotPreferred", "Ana", anxiety.courseTitle()),
                Reason.of("avoidedPartners", "Ana", "Cy"));
    }
}
