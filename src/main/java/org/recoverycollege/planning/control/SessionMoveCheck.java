package org.recoverycollege.planning.control;

import org.recoverycollege.planning.entity.CourseSession;

/**
 * A rule of a feature above planning that a session must still keep at its new date, time or room:
 * tutoring checks the pair's availability and other sessions, enrolment the students' other places.
 */
public interface SessionMoveCheck {

    /** Throws a {@link org.recoverycollege.platform.control.Refusal} naming who clashes with what. */
    void check(CourseSession moved);
}
