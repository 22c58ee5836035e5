package org.recoverycollege.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;
import static org.recoverycollege.platform.entity.EntityFixtures.account;

import org.junit.jupiter.api.Test;

class PasswordResetTest {

    private final PasswordReset reset = new PasswordReset(account("sam@example.org"), "ab".repeat(32), NOW, NOW.plusHours(1));

    @Test
    void isUsableOnceBeforeItExpires() {
        assertThat(reset.isUsableAt(NOW)).isTrue();
        assertThat(reset.isUsableAt(NOW.plusHours(1))).isFalse();

        reset.use(NOW.plusMinutes(5));

        assertThat(reset.getUsedAt()).isEqualTo(NOW.plusMinutes(5));
        assertThat(reset.isUsableAt(NOW.plusMinutes(6))).isFalse();
        assertThatThrownBy(() -> reset.use(NOW.plusMinutes(6))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnExpiredReset() {
        assertThatThrownBy(() -> reset.use(NOW.plusHours(2))).isInstanceOf(IllegalStateException.class);
        assertThat(reset.getUsedAt()).isNull();
    }

    @Test
    void auditValuesAreCutTo2000Characters() {
        AuditEntry entry = new AuditEntry(NOW, "admin@example.org", "UPDATE", "Course", 5L, "summary",
                "a".repeat(2500), "short");

        assertThat(entry.getOldValue()).hasSize(AuditEntry.VALUE_MAX);
        assertThat(entry.getNewValue()).isEqualTo("short");
    }
}
