package org.recoverycollege.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void englishSpeakersGetBritishDatesAndPolishSpeakersPolish() {
        UserAccount account = new UserAccount("a@example.org", "A", OffsetDateTime.now());
        assertThat(account.preferredLocale()).isEqualTo(Locale.UK);
        account.chooseLanguage("pl");
        assertThat(account.preferredLocale().getLanguage()).isEqualTo("pl");
    }

    @Test
    void everyPasswordChangeAndClosingMovesTheCredentialsOn() {
        UserAccount account = new UserAccount("b@example.org", "B", OffsetDateTime.now());
        int signedInWith = account.getCredentialsVersion();
        account.changePasswordHash("hash-1");
        assertThat(account.getCredentialsVersion()).isNotEqualTo(signedInWith);
        int afterReset = account.getCredentialsVersion();
        account.close("closed-1@invalid");
        assertThat(account.getCredentialsVersion()).isNotEqualTo(afterReset);
    }

    @Test
    void aClosedAccountKeepsNoNameButOneEveryPageRecognisesAsClosed() {
        UserAccount account = new UserAccount("b@example.org", "Bea Example", OffsetDateTime.now());
        assertThat(UserAccount.isClosedName(account.getDisplayName())).isFalse();
        account.close("erased-1@erased.invalid");
        assertThat(account.getDisplayName()).doesNotContain("Bea").isEqualTo(UserAccount.CLOSED_NAME);
        assertThat(UserAccount.isClosedName(account.getDisplayName())).isTrue();
        assertThat(account.isActive()).isFalse();
    }
}
