package org.recoverycollege.pairing.domain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * Turns a score analysis into plain-language reasons per run: every broken hard rule and every empty
 * place (why nobody could take it) as a problem, every soft rule the pair breaks as a note.
 */
public final class PairingExplainer {

    private final PairingSolution solution;

    public PairingExplainer(PairingSolution solution) {
        this.solution = solution;
    }

    /** The reasons of a run: problems (hard rules, empty places) and notes (soft rules broken). */
    public record RunReasons(Set<Reason> problems, Set<Reason> notes) {
        static RunReasons empty() {
            return new RunReasons(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    public Map<Long, RunReasons> explain(ScoreAnalysis<HardMediumSoftScore> analysis) {
        Map<Long, RunReasons> byRun = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintAnalyses()) {
            if (constraint.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftScore> match : constraint.matches()) {
                HardMediumSoftScore score = match.score();
                if (match.justification() instanceof UnfilledPlace place) {
                    byRun.computeIfAbsent(place.runId(), id -> RunReasons.empty()).problems()
                            .add(whyUnfilled(slot(place.runId(), place.role())));
                } else if (match.justification() instanceof PairingJustification justification
                        && (score.hardScore() < 0 || score.softScore() < 0)) {
                    for (Long runId : justification.runIds()) {
                        RunReasons reasons = byRun.computeIfAbsent(runId, id -> RunReasons.empty());
                        (score.hardScore() < 0 ? reasons.problems() : reasons.notes()).add(justification.reason());
                    }
                }
            }
        }
        return byRun;
    }

    private PairingSlot slot(long runId, Expertise role) {
        return solution.getSlots().stream()
                .filter(s -> s.getRun().id() == runId && s.getRole() == role)
                .findFirst().orElseThrow();
    }

    /** Why nobody holds this place: nobody trained, nobody ready, nobody free, everyone free already busy. */
    public Reason whyUnfilled(PairingSlot slot) {
        RunFact run = slot.getRun();
        Expertise role = slot.getRole();
        List<TutorFact> trained = solution.getTutors().stream()
                .filter(t -> t.expertise() == role && t.isTrainedFor(run)).toList();
        if (trained.isEmpty()) {
            return Reason.of("empty.noneTrained", role, run.courseTitle());
        }
        List<TutorFact> ready = trained.stream().filter(t -> t.isReadyFor(run)).toList();
        if (ready.isEmpty()) {
            return Reason.of("empty.noneReady", role, trained.stream()
                    .map(t -> PairingConstraints.notReadyReason(t, run))
                    .map(r -> r.args().get(0) + " (" + r.args().get(2) + ")")
                    .collect(Collectors.joining(", ")));
        }
        List<TutorFact> free = ready.stream().filter(t -> t.isFreeFor(run)).toList();
        if (free.isEmpty()) {
            List<SessionFact> nobodyFree = run.sessions().stream()
                    .filter(s -> ready.stream().allMatch(t -> t.missedSessionIds().contains(s.id()))).toList();
            if (!nobodyFree.isEmpty()) {
                SessionFact first = nobodyFree.get(0);
                return Reason.of("empty.nobodyFree", role, first.dayOfWeek(), first.start().toString(),
                        first.end().toString(), PairingConstraints.weeks(nobodyFree));
            }
            return Reason.of("empty.eachMissesSome", role, ready.stream()
                    .map(t -> t.name() + " (" + PairingConstraints.weeks(t.missedSessions(run)) + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (slot.getCandidates().isEmpty()) {
            return Reason.of("empty.allDeclined", role);
        }
        List<String> busy = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (TutorFact candidate : slot.getCandidates()) {
            List<PairingSlot> theirs = solution.getSlots().stream().filter(s -> candidate.equals(s.getTutor())).toList();
            theirs.stream().filter(s -> s.getRun().clashesWith(run)).findFirst()
                    .ifPresentOrElse(s -> busy.add(candidate.name() + " (" + s.getRun().courseTitle() + ")"),
                            () -> {
                                if (wouldExceedWeeklyMax(candidate, theirs, run)) {
                                    full.add(candidate.name());
                                }
                            });
        }
        if (busy.isEmpty() && full.isEmpty()) {
            return Reason.of("empty.leftOpen", role);
        }
        return Reason.of("empty.allBusy", role, busy.isEmpty() ? "-" : String.join(", ", busy),
                full.isEmpty() ? "-" : String.join(", ", full));
    }

    private static boolean wouldExceedWeeklyMax(TutorFact tutor, List<PairingSlot> theirs, RunFact run) {
        Map<Integer, Integer> perWeek = new HashMap<>();
        theirs.forEach(s -> s.getRun().sessions().forEach(x -> perWeek.merge(x.isoWeek(), 1, Integer::sum)));
        return run.sessions().stream().anyMatch(x -> perWeek.merge(x.isoWeek(), 1, Integer::sum) > tutor.maxSessionsPerWeek());
    }
}
