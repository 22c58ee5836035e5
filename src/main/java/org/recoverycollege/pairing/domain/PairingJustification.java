package org.recoverycollege.pairing.domain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/** Why a constraint matched: the runs concerned and a reason a person can read. */
public record PairingJustification(List<Long> runIds, Reason reason) implements ConstraintJustification {

    public static PairingJustification of(RunFact run, Reason reason) {
        return new PairingJustification(List.of(run.id()), reason);
    }
}
