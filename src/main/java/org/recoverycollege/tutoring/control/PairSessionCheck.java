package org.recoverycollege.tutoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recoverycollege.planning.control.SessionMoveCheck;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * A session moved to a new date or time keeps its tutors only where they can be there: each tutor who
 * delivers it (the pair, or the cover in place of one) must be available then and deliver no other
 * session at that time. Otherwise the move is refused, naming the tutor (and the other session).
 */
@ApplicationScoped
public class PairSessionCheck implements SessionMoveCheck {

    @Inject
    private TutorSessions tutorSessions;

    @Override
    public void check(CourseSession moved) {
        for (Tutor tutor : tutorSessions.facilitatorsOf(moved)) {
            if (!tutor.isAvailableAt(moved.getSessionDate(), moved.getStartsAt(), moved.getEndsAt(),
                    moved.getRun().getVenue())) {
                throw new Refusal("runs.tutorUnavailable", tutor.getFullName());
            }
            tutorSessions.sessionsOf(tutor).stream().filter(moved::overlaps).findFirst().ifPresent(other -> {
                throw new Refusal("runs.tutorBusy", tutor.getFullName(), other.getRun().getCourse().getTitle(),
                        other.getSessionDate(), other.getStartsAt().toString(), other.getEndsAt().toString());
            });
        }
    }
}
