package org.recoverycollege.planning.control;

import java.util.List;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.planning.entity.CourseRun;

/**
 * Who a change to a run's sessions concerns, as the features above planning know it: enrolment answers
 * with the students holding or awaiting a place, tutoring with the run's offered or accepted tutors.
 * Planning asks every implementation and never names those features itself.
 */
public interface RunAudience {

    /** The accounts to tell about a change to {@code run}'s sessions (inside the caller's transaction). */
    List<UserAccount> concernedBy(CourseRun run);
}
