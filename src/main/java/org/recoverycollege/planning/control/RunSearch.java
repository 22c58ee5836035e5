package org.recoverycollege.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoverycollege.catalogue.entity.Category_;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.Course_;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseRun_;
import org.recoverycollege.planning.entity.RunStatus;
import org.recoverycollege.planning.entity.Term_;
import org.recoverycollege.planning.entity.Venue_;
import org.recoverycollege.platform.control.CriteriaPaging;
import org.recoverycollege.platform.control.PageRequest;

/**
 * The runs table, read a page at a time with the Criteria API: filters on course title, term, category,
 * venue and status; sorting on any column.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RunSearch extends CriteriaPaging<CourseRun, Object[], RunRow> {

    @Inject
    @Any
    private Instance<WaitingLists> waitingLists;

    public RunSearch() {
        super(CourseRun.class, Object[].class);
    }

    @Override
    protected void shape(CriteriaBuilder cb, CriteriaQuery<Object[]> query, Root<CourseRun> run,
            PageRequest request) {
        Join<CourseRun, Course> course = joined(run, CourseRun_.course);
        var category = course.join(Course_.category);
        var term = run.join(CourseRun_.term);
        var venue = run.join(CourseRun_.venue);

        query.multiselect(run.get(CourseRun_.id), course.get(Course_.title), category.get(Category_.name),
                term.get(Term_.name), venue.get(Venue_.name), run.get(CourseRun_.capacity),
                run.get(CourseRun_.confirmedCount), run.get(CourseRun_.status));
        Map<String, Expression<?>> sortable = Map.of(
                "courseTitle", course.get(Course_.title),
                "categoryName", category.get(Category_.name),
                "termName", term.get(Term_.startsOn),
                "venueName", venue.get(Venue_.name),
                "capacity", run.get(CourseRun_.capacity),
                "confirmed", run.get(CourseRun_.confirmedCount),
                "status", run.get(CourseRun_.status));
        Expression<?> sortBy = request.sortField() == null ? null : sortable.get(request.sortField());
        if (sortBy == null) {
            query.orderBy(cb.desc(term.get(Term_.startsOn)), cb.asc(course.get(Course_.title)), cb.asc(run.get(CourseRun_.id)));
        } else {
            query.orderBy(request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(run.get(CourseRun_.id)));
        }
    }

    /** Adds each run's first session and waiting list length: two grouped queries for the whole page. */
    @Override
    protected List<RunRow> rows(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, LocalDate> firstDates = new java.util.HashMap<>();
        em.createQuery("SELECT s.run.id, MIN(s.sessionDate) FROM CourseSession s WHERE s.run.id IN :ids"
                + " AND s.cancelled = FALSE GROUP BY s.run.id", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(r -> firstDates.put((Long) r[0], (LocalDate) r[1]));
        Map<Long, Long> waiting = new java.util.HashMap<>();
        waitingLists.forEach(lists -> waiting.putAll(lists.lengths(ids)));
        return rows.stream().map(r -> new RunRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], firstDates.get((Long) r[0]), (Integer) r[5], (Integer) r[6],
                waiting.getOrDefault((Long) r[0], 0L), (RunStatus) r[7])).toList();
    }

    @Override
    protected Predicate[] filters(CriteriaBuilder cb, Root<CourseRun> run, PageRequest request) {
        Join<CourseRun, Course> course = joined(run, CourseRun_.course);
        List<Predicate> where = new ArrayList<>();
        String title = request.containsPattern("courseTitle");
        if (title != null) {
            where.add(cb.like(cb.lower(course.get(Course_.title)), title, '\\'));
        }
        String venue = request.containsPattern("venueName");
        if (venue != null) {
            where.add(cb.like(cb.lower(run.get(CourseRun_.venue).get(Venue_.name)), venue, '\\'));
        }
        Long termId = number(request.filter("termId"));
        if (termId != null) {
            where.add(cb.equal(run.get(CourseRun_.term).get(Term_.id), termId));
        }
        Long categoryId = number(request.filter("categoryId"));
        if (categoryId != null) {
            where.add(cb.equal(course.get(Course_.category).get(Category_.id), categoryId));
        }
        Long courseId = number(request.filter("courseId"));
        if (courseId != null) {
            where.add(cb.equal(course.get(Course_.id), courseId));
        }
        String status = request.filter("status");
        if (status != null) {
            try {
                where.add(cb.equal(run.get(CourseRun_.status), RunStatus.valueOf(status)));
            } catch (IllegalArgumentException ignored) {
                where.add(cb.disjunction());
            }
        }
        return where.toArray(Predicate[]::new);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
