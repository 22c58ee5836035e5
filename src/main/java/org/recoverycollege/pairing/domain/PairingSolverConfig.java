package org.recoverycollege.pairing.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** How the pairing solver is built: the model, the rules and when to stop. */
public final class PairingSolverConfig {

    private PairingSolverConfig() {
    }

    /**
     * Stops after {@code limit}, or earlier once the best score has not improved for {@code unimproved}
     * (a small term settles in a second or two).
     */
    public static SolverFactory<PairingSolution> factory(Duration limit, Duration unimproved) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PairingSolution.class)
                .withEntityClasses(PairingSlot.class)
                .withConstraintProviderClass(PairingConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimproved));
        return SolverFactory.create(config);
    }

    /** Only the construction heuristic: its result is the solver's first complete pairing (for the benchmark). */
    public static SolverFactory<PairingSolution> constructionOnly() {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(PairingSolution.class)
                .withEntityClasses(PairingSlot.class)
                .withConstraintProviderClass(PairingConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig()));
    }
}
