package org.recoverycollege.tutoring.entity;

/** A tutor's assignment to a run: proposed by the pairing, offered to the tutor, then accepted or declined. */
public enum AssignmentStatus {
    PROPOSED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    /** Proposed, offered and accepted assignments stand: they hold the run's place for that expertise. */
    public boolean isLive() {
        return this == PROPOSED || this == OFFERED || this == ACCEPTED;
    }
}
