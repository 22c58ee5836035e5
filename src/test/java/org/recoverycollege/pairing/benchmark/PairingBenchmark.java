package org.recoverycollege.pairing.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import org.recoverycollege.pairing.domain.GreedyPairing;
import org.recoverycollege.pairing.domain.PairingSolution;
import org.recoverycollege.pairing.domain.PairingSolverConfig;

/**
 * Measures the pairing solver against the greedy baseline on synthetic colleges of about 50, 200 and 1,000
 * runs: time to the first feasible solution (no hard rule broken), and the hard/medium/soft score after a
 * fixed time. Not a test: run it with {@code mvn -o -B -Pbenchmark test -DskipTests}; it prints a Markdown
 * table and never fails on a time. The seconds per size can be given as arguments.
 */
public final class PairingBenchmark {

    private static final int[] SIZES = {50, 200, 1000};
    private static final long SEED = 2026;

    private PairingBenchmark() {
    }

    public static void main(String[] args) {
        int[] seconds = {10, 20, 40};
        for (int i = 0; i < args.length && i < seconds.length; i++) {
            seconds[i] = Integer.parseInt(args[i]);
        }
        // warm up class loading and the JIT on a small college, so the first size is not charged for it
        PairingSolverConfig.constructionOnly().buildSolver().solve(SyntheticCollege.generate(50, SEED + 1));
        StringBuilder table = new StringBuilder()
                .append("| runs | tutors | places | solver: first feasible pairing (time, score) | solver: score after limit | limit"
                        + " | greedy: time | greedy: score |\n")
                .append("|---:|---:|---:|---:|---|---:|---:|---|\n");
        for (int i = 0; i < SIZES.length; i++) {
            table.append(measure(SIZES[i], Duration.ofSeconds(seconds[i]))).append('\n');
        }
        System.out.println();
        System.out.println("Score = hard (rules broken) / medium (places left empty) / soft (preference cost).");
        System.out.println(table);
    }

    private static String measure(int runs, Duration limit) {
        PairingSolution problem = SyntheticCollege.generate(runs, SEED);

        // the solver's first complete pairing: its construction heuristic, on its own
        long start = System.nanoTime();
        PairingSolution constructed = PairingSolverConfig.constructionOnly().buildSolver()
                .solve(SyntheticCollege.generate(runs, SEED));
        long constructionNanos = System.nanoTime() - start;

        SolverFactory<PairingSolution> factory = PairingSolverConfig.factory(limit, limit);
        PairingSolution best = factory.buildSolver().solve(problem);

        PairingSolution greedy = SyntheticCollege.generate(runs, SEED);
        long greedyStart = System.nanoTime();
        GreedyPairing.pair(greedy);
        long greedyNanos = System.nanoTime() - greedyStart;
        HardMediumSoftScore greedyScore = SolutionManager.<PairingSolution, HardMediumSoftScore>create(factory).update(greedy);

        String first = String.format("%.2f s, %s%s", constructionNanos / 1e9, constructed.getScore(),
                constructed.getScore().isFeasible() ? "" : " (not feasible)");
        return String.format("| %d | %d | %d | %s | %s | %d s | %.2f s | %s |", runs, problem.getTutors().size(),
                problem.getSlots().size(), first, best.getScore(), limit.toSeconds(), greedyNanos / 1e9, greedyScore);
    }
}
