package org.recoverycollege.involvement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recoverycollege.involvement.entity.PaymentLine;
import org.recoverycollege.platform.control.CollegeSettings;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.tutoring.control.TutorDirectory;
import org.recoverycollege.tutoring.entity.Tutor;

/**
 * Weeks in which a person's payments pass {@link Setting#PERMITTED_EARNINGS_WEEKLY}, for the warning on
 * their involvement page and on the office's payments export. A week is Monday to Sunday of the sessions
 * paid for, also where it spans two months.
 */
@ApplicationScoped
@Transactional
public class PermittedEarnings {

    private static final String LINES_BETWEEN = "SELECT p FROM PaymentLine p WHERE p.session.sessionDate"
            + " BETWEEN :from AND :to";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CollegeSettings settings;

    @Inject
    private TutorDirectory tutors;

    /** The signed-in tutor's weeks over the limit, earliest first. */
    public List<WeeklyEarnings.Week> myWeeksOver() {
        Tutor me = tutors.getCallerTutor();
        return WeeklyEarnings.over(em.createNamedQuery(PaymentLine.FIND_BY_TUTOR, PaymentLine.class)
                .setParameter("tutor", me).getResultStream().map(PermittedEarnings::earning).toList(), limit());
    }

    /**
     * Per tutor id, the weeks over the limit that touch the days from {@code from} to {@code to} (whole
     * weeks are summed, so the days just outside count too).
     */
    public Map<Long, List<WeeklyEarnings.Week>> weeksOver(LocalDate from, LocalDate to) {
        BigDecimal limit = limit();
        if (limit.signum() <= 0) {
            return Map.of();
        }
        Map<Long, List<WeeklyEarnings.Earning>> byTutor = em.createQuery(LINES_BETWEEN, PaymentLine.class)
                .setParameter("from", WeeklyEarnings.mondayOf(from)).setParameter("to", WeeklyEarnings.mondayOf(to).plusDays(6))
                .getResultStream().collect(Collectors.groupingBy(p -> p.getTutor().getId(),
                        Collectors.mapping(PermittedEarnings::earning, Collectors.toList())));
        Map<Long, List<WeeklyEarnings.Week>> over = new HashMap<>();
        byTutor.forEach((tutorId, earnings) -> {
            List<WeeklyEarnings.Week> weeks = WeeklyEarnings.over(earnings, limit);
            if (!weeks.isEmpty()) {
                over.put(tutorId, weeks);
            }
        });
        return over;
    }

    public BigDecimal limit() {
        return settings.money(Setting.PERMITTED_EARNINGS_WEEKLY);
    }

    private static WeeklyEarnings.Earning earning(PaymentLine line) {
        return new WeeklyEarnings.Earning(line.getSession().getSessionDate(), line.getKind(), line.getAmount());
    }
}
