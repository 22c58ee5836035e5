package org.recoverycollege.reporting.control;

import java.io.Serializable;
import java.util.Collection;
import java.util.stream.Collectors;
import org.recoverycollege.planning.entity.RunStatus;

/**
 * The dashboard's figures for a set of runs (a term, or a category within it), computed from the runs'
 * facts alone so that every figure can be traced back to its rows.
 */
public record Figures(int runs, long enrolled, long capacity, Share fill, long waiting, long runsToRepeat,
        Share attendance, Share completion, Share goodRatings, Double meanWellbeingChange, Share runsPaired,
        Share sessionsBothPresent, Share coursesCoDesigned) implements Serializable {

    public static Figures of(Collection<RunFacts> facts) {
        long enrolled = facts.stream().mapToLong(RunFacts::enrolled).sum();
        long capacity = facts.stream().mapToLong(RunFacts::capacity).sum();
        long wellbeingPairs = facts.stream().mapToLong(RunFacts::wellbeingPairs).sum();
        long wellbeingSum = facts.stream().mapToLong(RunFacts::wellbeingChangeSum).sum();
        var finished = facts.stream().filter(f -> f.status() == RunStatus.COMPLETED).toList();
        var courses = facts.stream().collect(Collectors.toMap(RunFacts::courseId, RunFacts::coDesigned, (a, b) -> a));
        return new Figures(
                facts.size(),
                enrolled,
                capacity,
                new Share(enrolled, capacity),
                facts.stream().mapToLong(RunFacts::waiting).sum(),
                facts.stream().filter(RunFacts::worthRepeating).count(),
                facts.stream().map(RunFacts::attendance).reduce(Share.NONE, Share::plus),
                new Share(finished.stream().mapToLong(RunFacts::completed).sum(),
                        finished.stream().mapToLong(RunFacts::enrolled).sum()),
                facts.stream().map(RunFacts::goodRatings).reduce(Share.NONE, Share::plus),
                wellbeingPairs == 0 ? null : Math.round(10.0 * wellbeingSum / wellbeingPairs) / 10.0,
                new Share(facts.stream().filter(RunFacts::paired).count(), facts.size()),
                facts.stream().map(RunFacts::bothPresent).reduce(Share.NONE, Share::plus),
                new Share(courses.values().stream().filter(Boolean::booleanValue).count(), courses.size()));
    }
}
