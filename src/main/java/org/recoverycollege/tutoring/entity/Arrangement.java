package org.recoverycollege.tutoring.entity;

/** How a tutor's involvement is rewarded: salary, sessional fee, contributor fee or expenses only. */
public enum Arrangement {
    EMPLOYED,
    PAID_CO_PRODUCER,
    CONTRIBUTOR,
    VOLUNTEER
}
