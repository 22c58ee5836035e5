package org.recoverycollege.enrolment.entity;

/** How a student relates to the trust's services; used only for anonymous figures. */
public enum Relation {
    USES_SERVICES,
    CARER_FAMILY_FRIEND,
    STAFF,
    OTHER
}
