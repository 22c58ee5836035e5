package org.recoverycollege.pairing.domain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.recoverycollege.tutoring.entity.Expertise;

/** A run's place left empty; {@link PairingExplainer} says why nobody could take it. */
public record UnfilledPlace(long runId, Expertise role) implements ConstraintJustification {
}
