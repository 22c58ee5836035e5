package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseStatus;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Venue;

/** The public course pages {@code /courses/<slug>} and the run summary shown before enrolling. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoursePages {

    private static final String PUBLIC_RUNS = """
            SELECT r FROM CourseRun r JOIN r.term t
             WHERE r.course = :course AND r.status = :published AND t.prospectusOn <= :today AND t.endsOn >= :today""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The course with this slug, unless it is a draft; with its published runs, soonest first. */
    public Optional<CourseDetails> findBySlug(String slug) {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Course.FIND_BY_SLUG, Course.class).setParameter("slug", slug)
                .getResultStream().filter(course -> course.getStatus() != CourseStatus.DRAFT).findFirst()
                .map(course -> {
                    List<RunDetails> runs = em.createQuery(PUBLIC_RUNS, CourseRun.class)
                            .setParameter("course", course).setParameter("published", RunStatus.PUBLISHED)
                            .setParameter("today", today).getResultStream()
                            .filter(run -> run.firstSession().isPresent())
                            .sorted(Comparator.comparing(run -> run.firstSession().orElseThrow().startDateTime()))
                            .map(run -> details(run, today))
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
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(em.find(CourseRun.class, runId))
                .filter(run -> isInProspectus(run, today))
                .map(run -> details(run, today));
    }

    private static boolean isInProspectus(CourseRun run, LocalDate today) {
        return run.getStatus() == RunStatus.PUBLISHED && run.getCourse().getStatus() != CourseStatus.DRAFT
                && run.getTerm().isProspectusPublishedOn(today) && !run.getTerm().getEndsOn().isBefore(today);
    }

    private static RunDetails details(CourseRun run, LocalDate today) {
        Venue venue = run.getVenue();
        String address = venue.getAddress() == null ? null
                : venue.getAddress() + (venue.getPostcode() == null ? "" : ", " + venue.getPostcode());
        return new RunDetails(run.getId(), run.getCourse().getTitle(), run.getTerm().getName(), venue.getName(),
                address, venue.getDirections(), venue.isOnline(), venue.getAccessFeatures().stream().sorted().toList(),
                run.getSessions().stream().sorted(Comparator.comparing(CourseSession::startDateTime))
                        .map(s -> new RunDetails.SessionTime(s.getSequenceNo(), s.getSessionDate(), s.getStartsAt(),
                                s.getEndsAt(), s.isCancelled()))
                        .toList(),
                run.placesLeft(), run.isOpenForEnrolmentOn(today), run.getTerm().getEnrolmentOpens(),
                run.getTerm().getEnrolmentCloses());
    }
}
