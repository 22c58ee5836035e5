package org.recoverycollege.tutoring.entity;

/** How a tutor feels about being paired with a tutor of the other expertise (none when not recorded). */
public enum PartnerPreference {
    PREFERRED,
    AVOIDED
}
