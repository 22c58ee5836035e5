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
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.RunStatus;

/** The public prospectus: published runs of the terms whose prospectus is out. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProspectusService {

    private static final String PUBLISHED_RUNS = """
            SELECT DISTINCT r FROM CourseRun r
              JOIN FETCH r.course c JOIN FETCH c.category JOIN FETCH r.venue JOIN FETCH r.term t
              LEFT JOIN FETCH r.sessions
             WHERE r.status = :published AND t.prospectusOn <= :today AND t.endsOn >= :today""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<ProspectusEntry> publishedRuns() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(PUBLISHED_RUNS, CourseRun.class)
                .setParameter("published", RunStatus.PUBLISHED)
                .setParameter("today", today)
                .getResultList().stream()
                .filter(run -> run.firstSession().isPresent())
                .map(ProspectusService::toEntry)
                .sorted(Comparator.comparing(ProspectusEntry::firstDate)
                        .thenComparing(ProspectusEntry::startsAt)
                        .thenComparing(ProspectusEntry::title))
                .toList();
    }

    private static ProspectusEntry toEntry(CourseRun run) {
        CourseSession first = run.firstSession().orElseThrow();
        int liveSessions = (int) run.getSessions().stream().filter(s -> !s.isCancelled()).count();
        return new ProspectusEntry(run.getId(), run.getCourse().getSlug(), run.getCourse().getTitle(),
                run.getCourse().getCategory().getName(), first.getSessionDate(), first.getStartsAt(),
                first.getEndsAt(), liveSessions, run.getVenue().getName(), run.getVenue().isOnline(),
                run.placesLeft());
    }
}
