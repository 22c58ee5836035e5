package org.recoverycollege.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jakarta.persistence.TypedQuery;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.tutoring.entity.AssignmentStatus;
import org.recoverycollege.tutoring.entity.Expertise;

/**
 * Reads a term's facts run by run with a handful of grouped queries (never one query per run), from
 * which the dashboard's figures, per category and overall, are computed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TermReport {

    private static final String RUNS = """
            SELECT r.id, c.id, c.title, cat.id, cat.name, r.status, c.coDesigned, r.capacity
              FROM CourseRun r JOIN r.course c JOIN c.category cat
             WHERE r.term.id = :term AND r.status <> :cancelled ORDER BY cat.name, c.title, r.id""";
    private static final String ENROLMENTS = """
            SELECT e.run.id, e.status, COUNT(e) FROM Enrolment e WHERE e.run.term.id = :term
             GROUP BY e.run.id, e.status""";
    private static final String MARKS = """
            SELECT a.session.run.id,
                   SUM(CASE WHEN a.mark = org.recoverycollege.register.entity.AttendanceMark.PRESENT THEN 1 ELSE 0 END),
                   COUNT(a)
              FROM Attendance a WHERE a.session.run.term.id = :term GROUP BY a.session.run.id""";
    private static final String EVALUATIONS = """
            SELECT v.enrolment.run.id, COUNT(v),
                   SUM(CASE WHEN v.rating IN (org.recoverycollege.evaluation.entity.Rating.GOOD,
                                              org.recoverycollege.evaluation.entity.Rating.EXCELLENT) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN v.wellbeingBefore IS NOT NULL AND v.wellbeingAfter IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN v.wellbeingBefore IS NOT NULL AND v.wellbeingAfter IS NOT NULL
                            THEN v.wellbeingAfter - v.wellbeingBefore ELSE 0 END)
              FROM Evaluation v WHERE v.enrolment.run.term.id = :term GROUP BY v.enrolment.run.id""";
    private static final String PAIRED = """
            SELECT a.run.id, COUNT(DISTINCT a.expertise) FROM Assignment a
             WHERE a.run.term.id = :term AND a.status = :accepted GROUP BY a.run.id""";
    private static final String DELIVERED = """
            SELECT s.run.id, COUNT(s) FROM CourseSession s
             WHERE s.run.term.id = :term AND s.cancelled = FALSE AND s.sessionDate <= :today GROUP BY s.run.id""";
    private static final String BOTH_PRESENT = """
            SELECT s.run.id, COUNT(s) FROM CourseSession s
             WHERE s.run.term.id = :term AND s.cancelled = FALSE AND s.sessionDate <= :today
               AND EXISTS (SELECT f FROM FacilitatorAttendance f WHERE f.session = s AND f.present = TRUE
                            AND f.tutor.expertise = :peer)
               AND EXISTS (SELECT g FROM FacilitatorAttendance g WHERE g.session = s AND g.present = TRUE
                            AND g.tutor.expertise = :professional)
             GROUP BY s.run.id""";
    private static final String WORKLOAD = """
            SELECT t.id, t.fullName, t.maxSessionsPerWeek, s.sessionDate FROM Assignment a JOIN a.tutor t
              JOIN a.run r JOIN r.sessions s
             WHERE r.term.id = :term AND a.status = :accepted AND s.cancelled = FALSE""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The term a dashboard shows when none is chosen: the one running today, or else the first (newest) of them. */
    public Optional<Long> termShownFirst(List<Term> terms) {
        LocalDate today = LocalDate.now(clock);
        return terms.stream().filter(t -> t.includes(today)).findFirst()
                .or(() -> terms.stream().findFirst()).map(Term::getId);
    }

    /** The facts of every run of the term that was not cancelled, by category and course. */
    public List<RunFacts> facts(long termId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, long[]> enrolments = new HashMap<>(); // enrolled, waiting, completed
        em.createQuery(ENROLMENTS, Object[].class).setParameter("term", termId).getResultList().forEach(r -> {
            long[] counts = enrolments.computeIfAbsent((Long) r[0], k -> new long[3]);
            long n = (Long) r[2];
            switch ((EnrolmentStatus) r[1]) {
                case CONFIRMED -> counts[0] += n;
                case COMPLETED -> { counts[0] += n; counts[2] += n; }
                case WAITLISTED -> counts[1] += n;
                default -> { }
            }
        });
        Map<Long, long[]> marks = grouped(MARKS, termId, null, 2);
        Map<Long, long[]> evaluations = grouped(EVALUATIONS, termId, null, 4);
        Map<Long, long[]> paired = grouped(PAIRED, termId, q -> q.setParameter("accepted", AssignmentStatus.ACCEPTED), 1);
        Map<Long, long[]> delivered = grouped(DELIVERED, termId, q -> q.setParameter("today", today), 1);
        Map<Long, long[]> both = grouped(BOTH_PRESENT, termId, q -> q.setParameter("today", today)
                .setParameter("peer", Expertise.LIVED_EXPERIENCE).setParameter("professional", Expertise.PROFESSIONAL), 1);
        List<RunFacts> facts = new ArrayList<>();
        for (Object[] r : em.createQuery(RUNS, Object[].class).setParameter("term", termId)
                .setParameter("cancelled", RunStatus.CANCELLED).getResultList()) {
            long id = (Long) r[0];
            long[] e = enrolments.getOrDefault(id, new long[3]);
            long[] m = marks.getOrDefault(id, new long[2]);
            long[] v = evaluations.getOrDefault(id, new long[4]);
            facts.add(new RunFacts(id, (Long) r[1], (String) r[2], (Long) r[3], (String) r[4], (RunStatus) r[5],
                    (Boolean) r[6], (Integer) r[7], e[0], e[1], e[2], m[0], m[1], v[0], v[1], v[2], v[3],
                    paired.getOrDefault(id, new long[1])[0] == 2, delivered.getOrDefault(id, new long[1])[0],
                    both.getOrDefault(id, new long[1])[0]));
        }
        return facts;
    }

    private Map<Long, long[]> grouped(String jpql, long termId,
            Consumer<TypedQuery<Object[]>> parameters, int values) {
        var query = em.createQuery(jpql, Object[].class).setParameter("term", termId);
        if (parameters != null) {
            parameters.accept(query);
        }
        Map<Long, long[]> result = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            long[] numbers = new long[values];
            for (int i = 0; i < values; i++) {
                numbers[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
            result.put((Long) row[0], numbers);
        }
        return result;
    }

    /** Figures per category (in name order) followed by nothing else: the overall figures are {@link Figures#of}. */
    public static Map<String, Figures> byCategory(List<RunFacts> facts) {
        Map<String, List<RunFacts>> groups = new LinkedHashMap<>();
        facts.stream().sorted(Comparator.comparing(RunFacts::categoryName))
                .forEach(f -> groups.computeIfAbsent(f.categoryName(), k -> new ArrayList<>()).add(f));
        Map<String, Figures> figures = new LinkedHashMap<>();
        groups.forEach((name, runs) -> figures.put(name, Figures.of(runs)));
        return figures;
    }

    /** Each tutor's accepted sessions in the term and their busiest ISO week, busiest first. */
    public List<TutorLoad> workload(long termId) {
        Map<Long, Object[]> tutors = new HashMap<>();
        Map<Long, Map<Integer, Long>> weeks = new HashMap<>();
        em.createQuery(WORKLOAD, Object[].class).setParameter("term", termId)
                .setParameter("accepted", AssignmentStatus.ACCEPTED).getResultList().forEach(r -> {
                    long id = (Long) r[0];
                    tutors.putIfAbsent(id, r);
                    LocalDate date = (LocalDate) r[3];
                    int week = date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    weeks.computeIfAbsent(id, k -> new HashMap<>()).merge(week, 1L, Long::sum);
                });
        return tutors.entrySet().stream()
                .map(t -> new TutorLoad(t.getKey(), (String) t.getValue()[1],
                        weeks.get(t.getKey()).values().stream().mapToLong(Long::longValue).sum(),
                        weeks.get(t.getKey()).values().stream().mapToLong(Long::longValue).max().orElse(0),
                        (Integer) t.getValue()[2]))
                .sorted(Comparator.comparingLong(TutorLoad::sessions).reversed().thenComparing(TutorLoad::name))
                .toList();
    }
}
