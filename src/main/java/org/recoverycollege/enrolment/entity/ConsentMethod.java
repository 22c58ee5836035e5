package org.recoverycollege.enrolment.entity;

/** How a referred person gave their consent to be registered. */
public enum ConsentMethod {
    IN_PERSON,
    BY_PHONE,
    IN_WRITING
}
