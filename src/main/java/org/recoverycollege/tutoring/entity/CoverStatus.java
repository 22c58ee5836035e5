package org.recoverycollege.tutoring.entity;

/** A request for cover of one session: open, asked of a tutor, then accepted, declined or cancelled. */
public enum CoverStatus {
    OPEN,
    ASKED,
    ACCEPTED,
    DECLINED,
    CANCELLED;

    /** Open, asked and accepted requests stand: one per session and absent tutor. */
    public boolean isLive() {
        return this == OPEN || this == ASKED || this == ACCEPTED;
    }
}
