package org.recoverycollege.pairing.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * One of a run's two places: its peer trainer or its professional trainer. One entity per place (rather than
 * one per run with two variables) lets a published peer stay pinned while the professional is still being
 * found, and makes each gap its own explainable match.
 * <p>
 * The tutors it may take are worked out once: of the place's expertise, trained for the course, free for
 * every session and not having declined this run. A place may stay empty: that costs a medium point, so a
 * partial pairing is still feasible.
 */
@PlanningEntity(comparatorClass = PairingSlot.FewestCandidatesLast.class)
public class PairingSlot {

    /** Difficulty for the construction heuristic: places with fewer candidates are harder, so filled first. */
    public static final class FewestCandidatesLast implements java.util.Comparator<PairingSlot> {
        @Override
        public int compare(PairingSlot a, PairingSlot b) {
            return java.util.Comparator.comparingInt((PairingSlot s) -> -s.getCandidates().size())
                    .thenComparing(PairingSlot::getId).compare(a, b);
        }
    }

    @PlanningId
    private String id;
    private RunFact run;
    private Expertise role;
    private List<TutorFact> candidates;
    private TutorFact previousTutor;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
    private TutorFact tutor;

    @PlanningPin
    private boolean pinned;

    PairingSlot() {
        // for the solver's cloning
    }

    /**
     * @param tutor         the tutor now holding the place (null for none)
     * @param pinned        true when the tutor was offered or has accepted: the solver keeps them
     * @param candidates    the tutors the solver may choose from
     */
    public PairingSlot(RunFact run, Expertise role, TutorFact tutor, boolean pinned, List<TutorFact> candidates) {
        this.id = run.id() + "-" + role;
        this.run = run;
        this.role = role;
        this.tutor = tutor;
        this.previousTutor = tutor;
        this.pinned = pinned && tutor != null;
        // the tutor holding the place stays in its range even when no longer eligible (the analysis needs it)
        this.candidates = tutor == null || candidates.contains(tutor) ? List.copyOf(candidates)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(tutor), candidates.stream()).toList();
    }

    /**
     * The tutors who may take a place: of the role's expertise, trained for the course, ready (no readiness
     * item lapsing before the run ends), free for every session, and not among those who declined this run.
     */
    public static List<TutorFact> candidatesFor(RunFact run, Expertise role, List<TutorFact> tutors,
            java.util.Set<Long> declinedTutorIds) {
        return tutors.stream()
                .filter(t -> t.expertise() == role && t.isTrainedFor(run) && t.isReadyFor(run) && t.isFreeFor(run))
                .filter(t -> !declinedTutorIds.contains(t.id()))
                .toList();
    }

    @ValueRangeProvider(id = "candidates")
    public List<TutorFact> getCandidates() {
        return candidates;
    }

    public boolean isAssigned() {
        return tutor != null;
    }

    /** True when the solver moved this place away from the tutor it held before solving. */
    public boolean isChanged() {
        return previousTutor != null && !previousTutor.equals(tutor);
    }

    public String getId() {
        return id;
    }

    public RunFact getRun() {
        return run;
    }

    public Expertise getRole() {
        return role;
    }

    public TutorFact getTutor() {
        return tutor;
    }

    public void setTutor(TutorFact tutor) {
        this.tutor = tutor;
    }

    public TutorFact getPreviousTutor() {
        return previousTutor;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return run + " " + role + ": " + tutor;
    }
}
