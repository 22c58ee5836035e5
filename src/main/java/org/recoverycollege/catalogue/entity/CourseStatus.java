package org.recoverycollege.catalogue.entity;

/** Where a course stands in the catalogue: only active courses can be scheduled and published. */
public enum CourseStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
