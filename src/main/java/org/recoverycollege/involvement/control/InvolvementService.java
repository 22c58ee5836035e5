package org.recoverycollege.involvement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.register.control.FacilitatorMarked;
import org.recoverycollege.register.entity.FacilitatorAttendance;
import org.recoverycollege.tutoring.control.TutorDirectory;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Payment and expense lines for delivered sessions, at the college's rates, filed under the month of the
 * session; and the signed-in tutor's own lines per month. A line is created once per tutor, session and
 * kind (the unique key on payment_line backs this).
 */
@ApplicationScoped
@Transactional
public class InvolvementService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    @Inject
    private TutorDirectory tutors;

    @Inject
    private Clock clock;

    /** A delivered session and the line it created, if any (none for employed staff). */
    public record Line(LocalDate sessionDate, String courseTitle, PaymentKind kind, BigDecimal amount)
            implements Serializable {
    }

    /** A month's delivered sessions and the total of their lines. */
    public record Month(LocalDate month, List<Line> lines, BigDecimal total) implements Serializable {
    }

    /** Creates the line the tutor's arrangement gives for delivering the session, unless it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PaymentLine> recordDelivered(Tutor tutor, CourseSession session) {
        Optional<PaymentKind> kind = PaymentRule.kindFor(tutor.getArrangement());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<PaymentLine> existing = em.createNamedQuery(PaymentLine.FIND_BY_TUTOR_SESSION_AND_KIND,
                PaymentLine.class).setParameter("tutor", tutor).setParameter("session", session)
                .setParameter("kind", kind.get()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        PaymentLine line = new PaymentLine(tutor, session, kind.get(), settings.money(PaymentRule.rateOf(kind.get())),
                session.getSessionDate(), OffsetDateTime.now(clock));
        em.persist(line);
        return Optional.of(line);
    }

    /** A register recorded a tutor present (the session was delivered: a payment line) or not (none). */
    void facilitatorMarked(@Observes FacilitatorMarked marked) {
        if (marked.present()) {
            recordDelivered(marked.tutor(), marked.session());
        } else {
            recordNotDelivered(marked.tutor(), marked.session());
        }
    }

    /** Withdraws the line of a session the register no longer shows the tutor delivering (a corrected mark). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordNotDelivered(Tutor tutor, CourseSession session) {
        PaymentRule.kindFor(tutor.getArrangement()).ifPresent(kind -> em
                .createNamedQuery(PaymentLine.FIND_BY_TUTOR_SESSION_AND_KIND, PaymentLine.class)
                .setParameter("tutor", tutor).setParameter("session", session).setParameter("kind", kind)
                .getResultStream().forEach(em::remove));
    }

    /** The signed-in tutor's delivered sessions and lines per month, newest month first. */
    public List<Month> myMonths() {
        Tutor me = tutors.getCallerTutor();
        Map<CourseSession, PaymentLine> lines = new HashMap<>();
        for (PaymentLine line : em.createNamedQuery(PaymentLine.FIND_BY_TUTOR, PaymentLine.class)
                .setParameter("tutor", me).getResultList()) {
            lines.put(line.getSession(), line);
        }
        Set<CourseSession> delivered = new HashSet<>(lines.keySet());
        em.createNamedQuery(FacilitatorAttendance.FIND_PRESENT_BY_TUTOR, FacilitatorAttendance.class)
                .setParameter("tutor", me).getResultStream().forEach(f -> delivered.add(f.getSession()));
        Map<LocalDate, List<Line>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (CourseSession session : delivered) {
            PaymentLine line = lines.get(session);
            byMonth.computeIfAbsent(PaymentLine.monthOf(session.getSessionDate()), m -> new ArrayList<>())
                    .add(new Line(session.getSessionDate(), session.getRun().getCourse().getTitle(),
                            line == null ? null : line.getKind(), line == null ? null : line.getAmount()));
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, monthLines) -> {
            monthLines.sort(Comparator.comparing(Line::sessionDate));
            months.add(new Month(month, List.copyOf(monthLines), monthLines.stream().map(Line::amount)
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)));
        });
        return months;
    }
}
