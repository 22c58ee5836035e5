package org.recoverycollege.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.evaluation.entity.Evaluation;
import org.recoverycollege.involvement.control.PermittedEarnings;
import org.recoverycollege.involvement.control.WeeklyEarnings;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.planning.entity.Term;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.register.entity.Attendance;

/**
 * The tables administrators export for reporting and finance. Exports holding personal data (rosters,
 * registers, payment lines) are written to the audit log; evaluations are exported without names.
 */
@ApplicationScoped
@Transactional
public class Exports {

    static final String EXPORT = "EXPORT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private PermittedEarnings permittedEarnings;

    /** Every run of the term with its places and first session. */
    public ExportTable runList(@NotBlank String actor, long termId) {
        Term term = find(Term.class, termId);
        List<List<Object>> rows = new ArrayList<>();
        for (CourseRun run : em.createQuery("SELECT r FROM CourseRun r JOIN FETCH r.course c JOIN FETCH c.category"
                + " JOIN FETCH r.venue WHERE r.term = :term ORDER BY c.title, r.id", CourseRun.class)
                .setParameter("term", term).getResultList()) {
            CourseSession first = run.firstSession().orElse(null);
            long waiting = em.createNamedQuery(Enrolment.COUNT_BY_RUN_AND_STATUS, Long.class).setParameter("run", run)
                    .setParameter("status", EnrolmentStatus.WAITLISTED).getSingleResult();
            rows.add(List.of(run.getId(), run.getCourse().getTitle(), run.getCourse().getCategory().getName(),
                    run.getVenue().getName(), nullable(first == null ? null : first.getSessionDate()),
                    nullable(first == null ? null : first.getStartsAt() + "-" + first.getEndsAt()),
                    run.getSessions().stream().filter(s -> !s.isCancelled()).count(), run.getCapacity(),
                    run.getConfirmedCount(), waiting, run.getStatus().name()));
        }
        audit.recorded(actor, EXPORT, "Term", termId);
        return new ExportTable("runs-" + slug(term.getName()), List.of("exports.col.run", "exports.col.course",
                "exports.col.category", "exports.col.venue", "exports.col.firstDate", "exports.col.time",
                "exports.col.sessions", "exports.col.capacity", "exports.col.confirmed", "exports.col.waiting",
                "exports.col.status"), rows);
    }

    /** The people holding or awaiting a place on the run, confirmed first, each list in order. */
    public ExportTable roster(@NotBlank String actor, long runId) {
        CourseRun run = find(CourseRun.class, runId);
        List<List<Object>> rows = new ArrayList<>();
        for (EnrolmentStatus status : List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED)) {
            int position = 1;
            for (Enrolment e : em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                    .setParameter("run", run).setParameter("status", status).getResultList()) {
                var student = e.getStudent();
                rows.add(List.of(student.getAccount().getDisplayName(), student.getAccount().getEmail(),
                        nullable(student.getPhone()), status.name(), position++,
                        student.getSupportNeeds().stream().map(Enum::name).sorted().collect(Collectors.joining("; ")),
                        nullable(student.getOtherNeeds()), e.getRequestedAt()));
            }
        }
        audit.recorded(actor, EXPORT, "CourseRun", runId);
        return new ExportTable("roster-" + runId, List.of("exports.col.name", "exports.col.email", "exports.col.phone",
                "exports.col.status", "exports.col.position", "exports.col.needs", "exports.col.otherNeeds",
                "exports.col.requestedAt"), rows);
    }

    /** The register: one row per person with a place, one column per session (its date) with the mark. */
    public ExportTable register(@NotBlank String actor, long runId) {
        CourseRun run = find(CourseRun.class, runId);
        List<CourseSession> sessions = run.getSessions().stream().filter(s -> !s.isCancelled())
                .sorted(Comparator.comparing(CourseSession::startDateTime)).toList();
        Map<Long, Map<Long, String>> marks = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.session.run = :run", Attendance.class).setParameter("run", run)
                .getResultList().forEach(a -> marks.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                        .put(a.getSession().getId(), a.getMark().name()));
        List<List<Object>> rows = new ArrayList<>();
        for (Enrolment e : em.createQuery("SELECT e FROM Enrolment e WHERE e.run = :run AND e.status IN :statuses"
                + " ORDER BY e.requestedAt, e.id", Enrolment.class).setParameter("run", run)
                .setParameter("statuses", List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED)).getResultList()) {
            List<Object> row = new ArrayList<>();
            row.add(e.getStudent().getAccount().getDisplayName());
            Map<Long, String> mine = marks.getOrDefault(e.getId(), Map.of());
            sessions.forEach(s -> row.add(mine.getOrDefault(s.getId(), "")));
            row.add(mine.values().stream().filter("PRESENT"::equals).count());
            rows.add(row);
        }
        List<String> headings = new ArrayList<>();
        headings.add("exports.col.name");
        sessions.forEach(s -> headings.add(s.getSessionDate().toString()));
        headings.add("exports.col.attended");
        audit.recorded(actor, EXPORT, "CourseRun", runId);
        return new ExportTable("register-" + runId, headings, rows);
    }

    /** The term's evaluations, anonymous: course, rating, comments and wellbeing scores. */
    public ExportTable evaluations(@NotBlank String actor, long termId) {
        Term term = find(Term.class, termId);
        List<List<Object>> rows = em.createQuery("SELECT v FROM Evaluation v JOIN FETCH v.enrolment e JOIN FETCH e.run r"
                + " JOIN FETCH r.course WHERE r.term = :term ORDER BY r.id, v.submittedAt", Evaluation.class)
                .setParameter("term", term).getResultList().stream()
                .map(v -> List.<Object>of(v.getEnrolment().getRun().getId(), v.getEnrolment().getRun().getCourse().getTitle(),
                        v.getSubmittedAt().toLocalDate(), v.getRating().name(), nullable(v.getWhatHelped()),
                        nullable(v.getCouldBeBetter()), v.getWellbeingScale() == null ? "" : v.getWellbeingScale().name(),
                        nullable(v.getWellbeingBefore()), nullable(v.getWellbeingAfter())))
                .toList();
        audit.recorded(actor, EXPORT, "Evaluations", termId);
        return new ExportTable("evaluations-" + slug(term.getName()), List.of("exports.col.run", "exports.col.course",
                "exports.col.submitted", "exports.col.rating", "exports.col.helped", "exports.col.better",
                "exports.col.scale", "exports.col.before", "exports.col.after"), rows);
    }

    /** The month's involvement payment and expense lines for finance. */
    public ExportTable payments(@NotBlank String actor, @NotNull YearMonth month) {
        // a week over the permitted-earnings limit is named on each of its lines, so the file stays one table
        Map<Long, List<WeeklyEarnings.Week>> over = permittedEarnings.weeksOver(month.atDay(1), month.atEndOfMonth());
        List<List<Object>> rows = em.createNamedQuery(PaymentLine.FIND_BY_MONTH, PaymentLine.class)
                .setParameter("month", month.atDay(1)).getResultList().stream()
                .map(p -> {
                    LocalDate monday = WeeklyEarnings.mondayOf(p.getSession().getSessionDate());
                    WeeklyEarnings.Week week = over.getOrDefault(p.getTutor().getId(), List.of()).stream()
                            .filter(w -> w.monday().equals(monday)).findFirst().orElse(null);
                    return List.<Object>of(p.getTutor().getFullName(), p.getTutor().getEmail(),
                            p.getTutor().getArrangement().name(), p.getSession().getSessionDate(),
                            p.getSession().getRun().getCourse().getTitle(), p.getKind().name(), p.getAmount(),
                            week == null ? "" : week.monday(), week == null ? "" : week.total());
                })
                .toList();
        audit.recorded(actor, EXPORT, "PaymentLines", (long) (month.getYear() * 100 + month.getMonthValue()));
        return new ExportTable("payments-" + month, List.of("exports.col.tutor", "exports.col.email",
                "exports.col.arrangement", "exports.col.sessionDate", "exports.col.course", "exports.col.kind",
                "exports.col.amount", "exports.col.weekOverLimit", "exports.col.weekTotal"), rows);
    }

    private <T> T find(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new Refusal("exports.notFound");
        }
        return found;
    }

    /** List.of refuses nulls: an empty cell is written as an empty string. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
