package org.recoverycollege.enrolment.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;

/**
 * The rules that decide whether a student may ask for a place, as plain functions of the run, the
 * student's other places and the date, so they can be tested without a database. Capacity is not here:
 * the database decides it (see {@link EnrolmentService}).
 */
public final class EnrolmentRules {

    private EnrolmentRules() {
    }

    /**
     * The first reason to refuse, if any: the run is neither published nor running, the term's enrolment
     * window is closed, session {@code closesAtSession} of the run has started (enrolment on the run has
     * closed), the prerequisite course is not completed, or one of the student's confirmed runs overlaps
     * this one.
     */
    public static Optional<EnrolmentRefused> refusal(CourseRun run, LocalDateTime now, int closesAtSession,
            boolean prerequisiteCompleted, Collection<CourseRun> confirmedRuns) {
        if (run.getStatus() != RunStatus.PUBLISHED && run.getStatus() != RunStatus.RUNNING) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.notPublished"));
        }
        LocalDate today = now.toLocalDate();
        if (!run.getTerm().isEnrolmentOpenOn(today)) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.windowClosed",
                    run.getTerm().getEnrolmentOpens(), run.getTerm().getEnrolmentCloses()));
        }
        if (run.isEnrolmentOverAt(now, closesAtSession)) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.closed"));
        }
        Course prerequisite = run.getCourse().getPrerequisite();
        if (prerequisite != null && !prerequisiteCompleted) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.prerequisite", prerequisite.getTitle()));
        }
        return clashWith(run, confirmedRuns).map(other ->
                new EnrolmentRefused("enrolment.refused.overlap", other.getCourse().getTitle()));
    }

    /** The first of the other runs whose sessions overlap this run's (never the run itself). */
    public static Optional<CourseRun> clashWith(CourseRun run, Collection<CourseRun> others) {
        return others.stream().filter(other -> !other.equals(run) && run.clashesWith(other)).findFirst();
    }

    /** A student may cancel until the run's first session starts. */
    public static boolean mayCancelAt(CourseRun run, LocalDateTime now) {
        return run.firstSession().map(CourseSession::startDateTime).map(now::isBefore).orElse(true);
    }
}
