package org.recoverycollege.enrolment.entity;

/** Equality monitoring: whether the student considers themselves disabled, or prefer not to say. */
public enum Disability {
    YES,
    NO,
    PREFER_NOT_TO_SAY
}
