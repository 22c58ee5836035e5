package org.recoverycollege.catalogue.entity;

/** How a course is delivered. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE,
    BLENDED
}
