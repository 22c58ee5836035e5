package org.recoverycollege.planning.control;

/**
 * Fired inside the transaction that raised a run's capacity, so that the enrolment feature can give the
 * new places to the waiting list in the same transaction.
 */
public record RunCapacityRaised(long runId) {
}
