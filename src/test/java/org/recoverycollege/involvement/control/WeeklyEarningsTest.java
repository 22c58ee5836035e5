package org.recoverycollege.involvement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverycollege.involvement.control.WeeklyEarnings.Earning;
import org.recoverycollege.involvement.control.WeeklyEarnings.Week;
import org.recoverycollege.involvement.entity.PaymentKind;

class WeeklyEarningsTest {

    private static final BigDecimal LIMIT = new BigDecimal("195.50");

    private static Earning fee(String date, String amount) {
        return new Earning(LocalDate.parse(date), PaymentKind.SESSIONAL_FEE, new BigDecimal(amount));
    }

    @Test
    void feesAreSummedMondayToSundayAndOnlyWeeksAboveTheLimitAreNamed() {
        // Monday 23 November to Sunday 29 November 2026: three fees of 75.00 make 225.00
        List<Week> over = WeeklyEarnings.over(List.of(fee("2026-11-23", "75.00"), fee("2026-11-25", "75.00"),
                fee("2026-11-29", "75.00"), fee("2026-11-30", "75.00"), fee("2026-12-02", "75.00")), LIMIT);

        assertThat(over).containsExactly(new Week(LocalDate.of(2026, 11, 23), new BigDecimal("225.00"), LIMIT));
    }

    @Test
    void aWeekExactlyAtTheLimitIsAllowedAndExpensesAreNotEarnings() {
        List<Earning> earnings = List.of(fee("2026-11-23", "150.00"), fee("2026-11-24", "45.50"),
                new Earning(LocalDate.parse("2026-11-25"), PaymentKind.EXPENSES, new BigDecimal("40.00")));

        assertThat(WeeklyEarnings.over(earnings, LIMIT)).isEmpty();
        assertThat(WeeklyEarnings.over(List.of(fee("2026-11-23", "150.00"), fee("2026-11-24", "45.51")), LIMIT))
                .extracting(Week::total).containsExactly(new BigDecimal("195.51"));
    }

    @Test
    void aWeekAcrossTwoMonthsCountsAsOneAndALimitOfZeroChecksNothing() {
        List<Earning> earnings = List.of(fee("2026-12-31", "100.00"), fee("2027-01-02", "100.00"));

        assertThat(WeeklyEarnings.over(earnings, LIMIT)).extracting(Week::monday)
                .containsExactly(LocalDate.of(2026, 12, 28));
        assertThat(WeeklyEarnings.over(earnings, BigDecimal.ZERO)).isEmpty();
    }
}
