package org.recoverycollege.planning.entity;

/** How often a run's sessions repeat. */
public enum Recurrence {
    WEEKLY(1),
    FORTNIGHTLY(2);

    private final int weeks;

    Recurrence(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }
}
