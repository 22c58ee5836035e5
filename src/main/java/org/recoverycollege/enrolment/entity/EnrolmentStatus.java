package org.recoverycollege.enrolment.entity;

/** A student's place on a run. Confirmed and waitlisted enrolments are live; the others are closed. */
public enum EnrolmentStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    WITHDRAWN,
    COMPLETED;

    public boolean isLive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
