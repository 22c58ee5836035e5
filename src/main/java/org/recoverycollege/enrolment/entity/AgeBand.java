package org.recoverycollege.enrolment.entity;

/** Equality monitoring: the student's age band (the bands NHS services report), or prefer not to say. */
public enum AgeBand {
    AGE_16_17,
    AGE_18_24,
    AGE_25_34,
    AGE_35_44,
    AGE_45_54,
    AGE_55_64,
    AGE_65_74,
    AGE_75_OR_OVER,
    PREFER_NOT_TO_SAY
}
