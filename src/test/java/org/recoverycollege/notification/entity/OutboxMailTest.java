package org.recoverycollege.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.NOW;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private final OutboxMail mail = new OutboxMail("sam@example.org", "Your place", "You have a place.", null, NOW);

    @Test
    void aNewMailIsDueAtOnce() {
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.isDueAt(NOW)).isTrue();
        assertThat(mail.isDueAt(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void backsOffTwoToThePowerOfTheAttemptsInMinutes() {
        OffsetDateTime first = NOW.plusMinutes(1);
        mail.markAttemptFailed(first, 5);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getNextAttemptAt()).isEqualTo(first.plusMinutes(2));
        assertThat(mail.isDueAt(first.plusMinutes(1))).isFalse();

        OffsetDateTime second = first.plusMinutes(2);
        mail.markAttemptFailed(second, 5);
        assertThat(mail.getNextAttemptAt()).isEqualTo(second.plusMinutes(4));

        OffsetDateTime third = second.plusMinutes(4);
        mail.markAttemptFailed(third, 5);
        assertThat(mail.getNextAttemptAt()).isEqualTo(third.plusMinutes(8));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
    }

    @Test
    void failsAfterTheLastAllowedAttempt() {
        mail.markAttemptFailed(NOW, 3);
        mail.markAttemptFailed(NOW, 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);

        mail.markAttemptFailed(NOW, 3);

        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(3);
        assertThat(mail.isDueAt(NOW.plusYears(1))).isFalse();
        assertThatThrownBy(() -> mail.markSent(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.markAttemptFailed(NOW, 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentMailIsSentOnce() {
        mail.markAttemptFailed(NOW, 5);

        mail.markSent(NOW.plusMinutes(2));

        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusMinutes(2));
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThatThrownBy(() -> mail.markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
