package org.recoverycollege.involvement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.tutoring.entity.Arrangement;
import org.recoverycollege.tutoring.entity.Expertise;
import org.recoverycollege.tutoring.entity.Tutor;

class PaymentLineTest {

    private final Tutor tutor = new Tutor("Alex Peer", "alex@example.org", Expertise.LIVED_EXPERIENCE,
            Arrangement.PAID_CO_PRODUCER, 4);
    private final CourseSession session = run(10).addSession(LocalDate.of(2026, 9, 14), LocalTime.of(10, 0),
            LocalTime.of(12, 0));

    @Test
    void filesTheLineUnderTheFirstDayOfItsMonthInPoundsAndPence() {
        PaymentLine line = new PaymentLine(tutor, session, PaymentKind.SESSIONAL_FEE, new BigDecimal("75"),
                LocalDate.of(2026, 9, 30), NOW);

        assertThat(line.getPaymentMonth()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(line.getAmount()).isEqualByComparingTo("75.00").hasScaleOf(2);
    }

    @Test
    void refusesNegativeAmountsAndFractionsOfPence() {
        LocalDate month = LocalDate.of(2026, 9, 1);
        assertThatThrownBy(() -> new PaymentLine(tutor, session, PaymentKind.EXPENSES, new BigDecimal("-1"), month, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentLine(tutor, session, PaymentKind.EXPENSES, new BigDecimal("1.005"), month,
                NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentLine(tutor, session, PaymentKind.EXPENSES, new BigDecimal("100000000"),
                month, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
