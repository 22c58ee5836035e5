package org.recoverycollege.pairing.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** A term's pairing problem: the runs' places, the tutors and sessions, and the preference weights. */
@PlanningSolution
public class PairingSolution {

    @ProblemFactCollectionProperty
    private List<RunFact> runs;

    @ProblemFactCollectionProperty
    private List<SessionFact> sessions;

    @ProblemFactCollectionProperty
    private List<TutorFact> tutors;

    @PlanningEntityCollectionProperty
    private List<PairingSlot> slots;

    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftScore score;

    PairingSolution() {
        // for the solver's cloning
    }

    public PairingSolution(List<RunFact> runs, List<TutorFact> tutors, List<PairingSlot> slots,
            ConstraintWeightOverrides<HardMediumSoftScore> weights) {
        this.runs = runs;
        this.sessions = runs.stream().flatMap(r -> r.sessions().stream()).toList();
        this.tutors = tutors;
        this.slots = slots;
        this.constraintWeightOverrides = weights;
    }

    public List<RunFact> getRuns() {
        return runs;
    }

    public List<SessionFact> getSessions() {
        return sessions;
    }

    public List<TutorFact> getTutors() {
        return tutors;
    }

    public List<PairingSlot> getSlots() {
        return slots;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> weights) {
        this.constraintWeightOverrides = weights;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
