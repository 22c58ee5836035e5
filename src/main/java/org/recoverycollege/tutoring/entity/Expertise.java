package org.recoverycollege.tutoring.entity;

/** What a tutor brings to a pair: every run has one peer trainer and one professional trainer. */
public enum Expertise {
    /** An Expert by Experience: a peer trainer with lived experience of using services. */
    LIVED_EXPERIENCE,
    /** An Expert by Training: a qualified practitioner. */
    PROFESSIONAL;

    /** The expertise a tutor of this expertise is paired with. */
    public Expertise partner() {
        return this == LIVED_EXPERIENCE ? PROFESSIONAL : LIVED_EXPERIENCE;
    }
}
