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
}
