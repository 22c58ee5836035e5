package org.recoverycollege.evaluation.entity;

/** A student's overall rating of a course, best first. */
public enum Rating {
    EXCELLENT,
    GOOD,
    AVERAGE,
    POOR,
    VERY_POOR;

    /** Good or excellent: the share the co-production figures report. */
    public boolean isGoodOrBetter() {
        return this == EXCELLENT || this == GOOD;
    }
}
