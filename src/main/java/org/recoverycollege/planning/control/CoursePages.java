package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseStatus;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/** The public course pages {@code /courses/<slug>} and the run summary shown before enrolling. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoursePages {

    private static final String PUBLIC_RUNS = """
            SELECT r FROM CourseRun r JOIN r.term t
             WHERE r.course = :course AND r.status IN :statuses AND t.prospectusOn <= :today AND t.endsOn >= :today""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CollegeSettings settings;

    /** The course with this slug, unless it is a draft; with its published runs, soonest first. */
    public Optional<CourseDetails> findBySlug(String slug) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int closesAt = settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION);
        return em.createNamedQuery(Course.FIND_BY_SLUG, Course.class).setParameter("slug", slug)
                .getResultStream().filter(course -> course.getStatus() != CourseStatus.DRAFT).findFirst()
                .map(course -> {
                    List<RunDetails> runs = em.createQuery(PUBLIC_RUNS, CourseRun.class)
                            .setParameter("course", course).setParameter("statuses", List.of(RunStatus.PUBLISHED, RunStatus.RUNNING))
                            .setParameter("today", today).getResultStream()
                            .filter(run -> run.firstSession().isPresent())
                            .filter(run -> !run.isEnrolmentOverAt(now, closesAt))
                            .sorted(Comparator.comparing(run -> run.firstSession().orElseThrow().startDateTime()))
                            .map(run -> details(run, now, closesAt))
                            .toList();
                    Course prerequisite = course.getPrerequisite();
                    return new CourseDetails(course.getSlug(), course.getTitle(), course.getCategory().getName(),
                            course.getSummary(), course.getEasyReadSummary(), course.getLearningOutcomes(),
                            course.getAudience(), course.getDeliveryMode(), course.getSessionCount(),
                            prerequisite == null ? null : prerequisite.getTitle(),
                            prerequisite == null ? null : prerequisite.getSlug(), runs);
                });
    }

    /**
     * One run as the enrol page shows it: only a run the prospectus shows (published, its course not a
     * draft, its term's prospectus out and the term not over). A draft, cancelled or unknown run reads as
     * not found, so a guessed id reveals nothing; whether a place can be taken is the enrolment window's
     * and the enrolment service's decision.
     */
    public Optional<RunDetails> findRun(long runId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return Optional.ofNullable(em.find(CourseRun.class, runId))
                .filter(run -> isInProspectus(run, now.toLocalDate()))
                .map(run -> details(run, now, settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION)));
    }

    private static boolean isInProspectus(CourseRun run, LocalDate today) {
        boolean offered = run.getStatus() == RunStatus.PUBLISHED || run.getStatus() == RunStatus.RUNNING;
        return offered && run.getCourse().getStatus() != CourseStatus.DRAFT
                && run.getTerm().isProspectusPublishedOn(today) && !run.getTerm().getEndsOn().isBefore(today);
    }

    private static RunDetails details(CourseRun run, LocalDateTime now, int closesAt) {
        Venue venue = run.getVenue();
        String address = venue.getAddress() == null ? null
                : venue.getAddress() + (venue.getPostcode() == null ? "" : ", " + venue.getPostcode());
        return new RunDetails(run.getId(), run.getCourse().getTitle(), run.getTerm().getName(), venue.getName(),
                address, venue.getDirections(), venue.isOnline(), venue.getAccessFeatures().stream().sorted().toList(),
                run.getSessions().stream().sorted(Comparator.comparing(CourseSession::startDateTime))
                        .map(s -> new RunDetails.SessionTime(s.getSequenceNo(), s.getSessionDate(), s.getStartsAt(),
                                s.getEndsAt(), s.isCancelled()))
                        .toList(),
                run.placesLeft(), run.isOpenForEnrolmentAt(now, closesAt), run.getTerm().getEnrolmentOpens(),
                run.getTerm().getEnrolmentCloses());
    }
}
