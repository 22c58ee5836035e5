package org.recoverycollege.planning.entity;

/** What a venue offers for access, shown in the prospectus next to each in-person run. */
public enum AccessFeature {
    STEP_FREE_ACCESS,
    ACCESSIBLE_TOILET,
    HEARING_LOOP,
    QUIET_ROOM,
    PARKING,
    NEAR_PUBLIC_TRANSPORT,
    LIFT
}
