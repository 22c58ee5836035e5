package org.recoverycollege.register.entity;

/** A mark on the register for one student at one session. */
public enum AttendanceMark {
    PRESENT,
    ABSENT,
    APOLOGIES;

    public boolean isPresent() {
        return this == PRESENT;
    }
}
