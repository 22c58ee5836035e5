package org.recoverycollege.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void wholeNumbersWithinTheirRange() {
        assertThat(Setting.COMPLETION_THRESHOLD_PERCENT.validate(" 75 ")).isEqualTo("75");
        assertThatThrownBy(() -> Setting.COMPLETION_THRESHOLD_PERCENT.validate("101"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 100");
        assertThatThrownBy(() -> Setting.REGISTER_EDIT_DAYS.validate("2.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Setting.REGISTER_EDIT_DAYS.validate("seven")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyKeepsTwoDecimals() {
        assertThat(Setting.SESSIONAL_FEE.validate("80")).isEqualTo("80.00");
        assertThat(Setting.SESSIONAL_FEE.validate("80.5")).isEqualTo("80.50");
        assertThatThrownBy(() -> Setting.SESSIONAL_FEE.validate("80.505")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Setting.VOLUNTEER_EXPENSES.validate("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDefaultIsValid() {
        for (Setting setting : Setting.values()) {
            assertThat(setting.validate(setting.defaultValue())).isEqualTo(setting.defaultValue());
        }
    }
}
