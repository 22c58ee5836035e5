package org.recoverycollege.catalogue.control;

import org.recoverycollege.catalogue.entity.Course;

/**
 * A feature above the catalogue that holds rows about courses (planning: runs; tutoring: trained and
 * preferred courses). Deleting a course asks every implementation through {@code Instance<CourseHolders>}
 * whether anything still keeps the course, then lets each remove what only referred to it; the catalogue
 * never names those features itself. Both run in the deletion's transaction.
 */
public interface CourseHolders {

    /** Whether this feature still uses the course in a way that forbids deleting it (for example a run). */
    default boolean keeps(Course course) {
        return false;
    }

    /** The course is being deleted: remove this feature's rows that only refer to it. */
    default void release(Course course) {
    }
}
