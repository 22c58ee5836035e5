package org.recoverycollege.enrolment.entity;

/** Equality monitoring: how the student describes their gender, or prefer not to say. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    IN_ANOTHER_WAY,
    PREFER_NOT_TO_SAY
}
