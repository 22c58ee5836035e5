package org.recoverycollege.planning.control;

/**
 * A run moved on in its life. Fired inside the transaction that moved it, so the features above planning
 * (enrolment, tutoring, register, evaluation) act on it in the same transaction: a status change and all it
 * means are stored together or not at all.
 *
 * @param runId  the run
 * @param kind   what happened
 * @param actor  who did it ({@link Caller#SYSTEM} for the sweep)
 * @param reason why a run was cancelled (null otherwise)
 */
public record RunLifecycleEvent(long runId, Kind kind, String actor, String reason) {

    public enum Kind {
        /** The first session started: the run is running. */
        STARTED,
        /** The session at which enrolment closes started: nobody joins the run or its waiting list any more. */
        ENROLMENT_CLOSED,
        /** The last session ended and its register window passed: completions are settled. */
        COMPLETED,
        /** An administrator cancelled the whole run. */
        CANCELLED
    }

    public boolean is(Kind other) {
        return kind == other;
    }
}
