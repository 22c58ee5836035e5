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
import java.util.function.Predicate;
import org.recoverycollege.catalogue.entity.Category;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Venue;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;

/**
 * The public prospectus: published (and running) runs still taking enrolments, of the terms whose prospectus is out, filtered and paged. A term
 * holds tens of runs, so they are read in one query and filtered here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProspectusService {

    public static final int PAGE_SIZE = 12;

    private static final String PUBLISHED_RUNS = """
            SELECT DISTINCT r FROM CourseRun r
              JOIN FETCH r.course c JOIN FETCH c.category JOIN FETCH r.venue JOIN FETCH r.term t
              LEFT JOIN FETCH r.sessions
             WHERE r.status IN :statuses AND t.prospectusOn <= :today AND t.endsOn >= :today""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CollegeSettings settings;

    /** Every run in the prospectus, soonest first. */
    public List<ProspectusEntry> publishedRuns() {
        return search(ProspectusFilter.ANY);
    }

    /** The runs matching the filter: those open for enrolment first, then soonest first. */
    public List<ProspectusEntry> search(ProspectusFilter filter) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int closesAt = settings.intValue(Setting.ENROLMENT_CLOSES_AT_SESSION);
        return em.createQuery(PUBLISHED_RUNS, CourseRun.class)
                .setParameter("statuses", List.of(RunStatus.PUBLISHED, RunStatus.RUNNING))
                .setParameter("today", today)
                .getResultList().stream()
                .filter(run -> run.firstSession().isPresent())
                .filter(run -> !run.isEnrolmentOverAt(now, closesAt))
                .filter(matching(filter, now, closesAt))
                .map(run -> toEntry(run, now, closesAt))
                .sorted(Comparator.comparing((ProspectusEntry entry) -> !entry.enrolmentOpen())
                        .thenComparing(ProspectusEntry::firstDate)
                        .thenComparing(ProspectusEntry::startsAt)
                        .thenComparing(ProspectusEntry::title))
                .toList();
    }

    /** One page (from 1) of the runs matching the filter; a page past the end gives the last page. */
    public ProspectusPage page(ProspectusFilter filter, int page) {
        List<ProspectusEntry> all = search(filter);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        int from = (current - 1) * PAGE_SIZE;
        return new ProspectusPage(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), all.size(), current, pages);
    }

    public List<Category> categories() {
        return em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList();
    }

    public List<Venue> venues() {
        return em.createNamedQuery(Venue.FIND_ALL, Venue.class).getResultList();
    }

    private static Predicate<CourseRun> matching(ProspectusFilter filter, LocalDateTime now, int closesAt) {
        return run -> {
            CourseSession first = run.firstSession().orElseThrow();
            return (filter.categorySlug() == null || filter.categorySlug().equals(run.getCourse().getCategory().getSlug()))
                    && (filter.mode() == null || filter.mode() == run.getCourse().getDeliveryMode())
                    && (filter.venueId() == null || filter.venueId().equals(run.getVenue().getId()))
                    && (filter.day() == null || filter.day() == first.getSessionDate().getDayOfWeek())
                    && (filter.timeOfDay() == null || filter.timeOfDay() == ProspectusFilter.TimeOfDay.of(first.getStartsAt()))
                    && (!filter.withPlaces() || (!run.isFull() && run.isOpenForEnrolmentAt(now, closesAt)))
                    && filter.matchesText(run.getCourse().getTitle(), run.getCourse().getSummary());
        };
    }

    private static ProspectusEntry toEntry(CourseRun run, LocalDateTime now, int closesAt) {
        CourseSession first = run.firstSession().orElseThrow();
        int liveSessions = (int) run.getSessions().stream().filter(s -> !s.isCancelled()).count();
        return new ProspectusEntry(run.getId(), run.getCourse().getSlug(), run.getCourse().getTitle(),
                run.getCourse().getCategory().getName(), first.getSessionDate(), first.getStartsAt(),
                first.getEndsAt(), liveSessions, run.getVenue().getName(), run.getVenue().isOnline(),
                run.placesLeft(), run.isOpenForEnrolmentAt(now, closesAt));
    }
}
