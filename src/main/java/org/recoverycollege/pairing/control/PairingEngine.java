package org.recoverycollege.pairing.control;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import org.recoverycollege.pairing.domain.PairingSlot;
import org.recoverycollege.pairing.domain.TutorFact;
import java.util.concurrent.ConcurrentHashMap;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.pairing.domain.PairingSolverConfig;

/** The solver factories (one per time limit, built once: building one reads the whole model) and the analysis. */
@ApplicationScoped
public class PairingEngine {

    /** A solve stops once the best score has not improved for this long. */
    static final Duration UNIMPROVED_LIMIT = Duration.ofSeconds(2);

    private final Map<Integer, SolverFactory<PairingSolution>> factories = new ConcurrentHashMap<>();

    public Solver<PairingSolution> solver(int limitSeconds) {
        return factory(limitSeconds).buildSolver();
    }

    public ScoreAnalysis<HardMediumSoftScore> analyze(PairingSolution solution) {
        return manager().analyze(solution);
    }

    /** Every tutor the (empty) place could take, best first, each with the analysis of what would change. */
    public List<RecommendedAssignment<TutorFact, HardMediumSoftScore>> recommend(PairingSolution solution,
            PairingSlot emptyPlace) {
        return manager().recommendAssignment(solution, emptyPlace, PairingSlot::getTutor);
    }

    private SolutionManager<PairingSolution, HardMediumSoftScore> manager() {
        return SolutionManager.create(factory(60));
    }

    private SolverFactory<PairingSolution> factory(int limitSeconds) {
        return factories.computeIfAbsent(limitSeconds, seconds -> PairingSolverConfig.factory(
                Duration.ofSeconds(seconds), UNIMPROVED_LIMIT.compareTo(Duration.ofSeconds(seconds)) < 0
                        ? UNIMPROVED_LIMIT : Duration.ofSeconds(seconds)));
    }
}
