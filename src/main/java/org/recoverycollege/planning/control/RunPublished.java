package org.recoverycollege.planning.control;

/**
 * A run was published (put in the prospectus). Fired inside the transaction that published it, after the
 * run's row was locked, so features above planning act once per publication and together with it.
 *
 * @param runId    the run
 * @param courseId the run's course
 */
public record RunPublished(long runId, long courseId) {
}
