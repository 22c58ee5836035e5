package org.recoverycollege.reporting.control;

import java.io.Serializable;

/** A tutor's share of the term: sessions they deliver, and their busiest week against their maximum. */
public record TutorLoad(long tutorId, String name, long sessions, long busiestWeek, int weeklyMaximum)
        implements Serializable {

    public boolean overMaximum() {
        return busiestWeek > weeklyMaximum;
    }
}
