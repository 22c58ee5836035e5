package org.recoverycollege.register.entity;

/** What the office's call to a person who stopped coming ended with. */
public enum FollowUpOutcome {
    CONTACTED,
    COMING_BACK,
    WITHDREW,
    NO_ANSWER
}
