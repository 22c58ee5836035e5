package org.recoverycollege.planning.entity;

/** The life of a course run: drafted, published in the prospectus, running, then completed or cancelled. */
public enum RunStatus {
    DRAFT,
    PUBLISHED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    /** Completed and cancelled runs are closed: nothing about them changes any more. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
