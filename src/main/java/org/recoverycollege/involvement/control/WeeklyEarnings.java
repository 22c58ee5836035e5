package org.recoverycollege.involvement.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recoverycollege.involvement.entity.PaymentKind;

/**
 * A person's earnings per week (Monday to Sunday) against the permitted-earnings limit. Fees count;
 * expenses repay costs and are not earnings, so they do not. A limit of zero means no check.
 */
public final class WeeklyEarnings {

    private WeeklyEarnings() {
    }

    /** One payment: the day of the session it pays for, its kind and amount. */
    public record Earning(LocalDate date, PaymentKind kind, BigDecimal amount) {
    }

    /** A week (its Monday) whose earnings pass the limit, and their total. */
    public record Week(LocalDate monday, BigDecimal total, BigDecimal limit) implements Serializable {
    }

    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static boolean counts(PaymentKind kind) {
        return kind != PaymentKind.EXPENSES;
    }

    /** The weeks whose earnings are more than the limit, earliest first; none when the limit is zero. */
    public static List<Week> over(Collection<Earning> earnings, BigDecimal limit) {
        if (limit.signum() <= 0) {
            return List.of();
        }
        Map<LocalDate, BigDecimal> totals = new TreeMap<>();
        earnings.stream().filter(e -> counts(e.kind()))
                .forEach(e -> totals.merge(mondayOf(e.date()), e.amount(), BigDecimal::add));
        return totals.entrySet().stream().filter(t -> t.getValue().compareTo(limit) > 0)
                .map(t -> new Week(t.getKey(), t.getValue(), limit)).toList();
    }
}
