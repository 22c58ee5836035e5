package org.recoverycollege.register.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisterRulesTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 11, 2);

    @Test
    void tutorsEditFromTheSessionDayUntilTheWindowCloses() {
        assertThat(RegisterRules.isEditable(SESSION, SESSION.minusDays(1), 7, false)).isFalse();
        assertThat(RegisterRules.isEditable(SESSION, SESSION, 7, false)).isTrue();
        assertThat(RegisterRules.isEditable(SESSION, SESSION.plusDays(7), 7, false)).isTrue();
        assertThat(RegisterRules.isEditable(SESSION, SESSION.plusDays(8), 7, false)).isFalse();
    }

    @Test
    void administratorsEditAnyHeldSessionAtAnyTime() {
        assertThat(RegisterRules.isEditable(SESSION, SESSION.plusYears(1), 7, true)).isTrue();
        assertThat(RegisterRules.isEditable(SESSION, SESSION.minusDays(1), 7, true)).isFalse();
    }

    @Test
    void completionNeedsTheThresholdShareOfSessions() {
        assertThat(RegisterRules.completes(7, 10, 70)).isTrue();
        assertThat(RegisterRules.completes(6, 10, 70)).isFalse();
        // 4 of 6 sessions is 66.7%: not enough at 70%, enough at 66%
        assertThat(RegisterRules.completes(4, 6, 70)).isFalse();
        assertThat(RegisterRules.completes(4, 6, 66)).isTrue();
        assertThat(RegisterRules.completes(0, 0, 70)).isFalse();
    }
}
