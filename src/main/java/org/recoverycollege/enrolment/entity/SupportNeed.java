package org.recoverycollege.enrolment.entity;

/** Communication and support needs a student can record; the tutors of their runs see them. */
public enum SupportNeed {
    LARGE_PRINT,
    EASY_READ,
    BSL_INTERPRETER,
    HEARING_LOOP,
    STEP_FREE_ACCESS,
    QUIET_SPACE,
    OTHER
}
