package org.recoverycollege.pairing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverycollege.pairing.domain.Fixtures.linked;
import static org.recoverycollege.pairing.domain.Fixtures.peer;
import static org.recoverycollege.pairing.domain.Fixtures.professional;
import static org.recoverycollege.pairing.domain.Fixtures.run;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoverycollege.tutoring.entity.Expertise;

/** The benchmark's baseline never breaks a hard rule: it leaves a place empty instead. */
class GreedyPairingTest {

    @Test
    void leavesAPlaceEmptyRatherThanPutAnyoneInTwoPlacesOrOverTheirMaximum() {
        RunFact monday = run(1, 0, 10);
        RunFact sameTime = run(1, 0, 10);
        RunFact tuesday = run(1, 1, 10);
        List<RunFact> runs = linked(monday, sameTime, tuesday);
        List<TutorFact> tutors = List.of(peer("Ana").trainedFor(1).max(1).build(),
                professional("Cy").trainedFor(1).build(), professional("Di").trainedFor(1).build());
        List<PairingSlot> slots = new ArrayList<>();
        for (RunFact r : runs) {
            for (Expertise role : Expertise.values()) {
                slots.add(new PairingSlot(r, role, null, false, PairingSlot.candidatesFor(r, role, tutors, Set.of())));
            }
        }
        PairingSolution solution = new PairingSolution(runs, tutors, slots, ConstraintWeightOverrides.none());

        GreedyPairing.pair(solution);

        HardMediumSoftScore score = SolutionManager.<PairingSolution, HardMediumSoftScore>create(
                PairingSolverConfig.factory(Duration.ofSeconds(1), Duration.ofSeconds(1))).update(solution);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isEqualTo(-2); // Ana may take one run a week; Cy and Di share the three
    }
}
