package org.recoverycollege.involvement.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverycollege.involvement.entity.PaymentKind;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.tutoring.entity.Arrangement;

class PaymentRuleTest {

    @Test
    void eachArrangementEarnsItsOwnKindOfLineAtItsOwnRate() {
        assertThat(PaymentRule.kindFor(Arrangement.EMPLOYED)).isEmpty();
        assertThat(PaymentRule.kindFor(Arrangement.PAID_CO_PRODUCER)).contains(PaymentKind.SESSIONAL_FEE);
        assertThat(PaymentRule.kindFor(Arrangement.CONTRIBUTOR)).contains(PaymentKind.CONTRIBUTOR_FEE);
        assertThat(PaymentRule.kindFor(Arrangement.VOLUNTEER)).contains(PaymentKind.EXPENSES);

        assertThat(PaymentRule.rateOf(PaymentKind.SESSIONAL_FEE)).isEqualTo(Setting.SESSIONAL_FEE);
        assertThat(PaymentRule.rateOf(PaymentKind.CONTRIBUTOR_FEE)).isEqualTo(Setting.CONTRIBUTOR_FEE);
        assertThat(PaymentRule.rateOf(PaymentKind.EXPENSES)).isEqualTo(Setting.VOLUNTEER_EXPENSES);
    }
}
