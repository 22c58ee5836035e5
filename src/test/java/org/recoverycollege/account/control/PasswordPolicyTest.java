package org.recoverycollege.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordMixingLettersAndOtherCharacters() {
        assertThat(PasswordPolicy.problemWith("kept-across-2-starts", "robin@example.org")).isEmpty();
        assertThat(PasswordPolicy.problemWith("correct horse battery", "robin@example.org")).isEmpty();
    }

    @Test
    void namesTheFirstRuleBroken() {
        assertThat(PasswordPolicy.problemWith("short1", "a@example.org")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemWith(null, "a@example.org")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemWith("onlyletterswithoutanything", "a@example.org")).contains("password.needsMix");
        assertThat(PasswordPolicy.problemWith("12345678901234", "a@example.org")).contains("password.needsMix");
        assertThat(PasswordPolicy.problemWith("Password123", "a@example.org")).contains("password.tooGuessable");
        assertThat(PasswordPolicy.problemWith("x".repeat(129) + "1", "a@example.org")).contains("password.tooLong");
    }

    @Test
    void refusesAPasswordContainingTheEmailAddress() {
        assertThat(PasswordPolicy.problemWith("sam@example.org!", "Sam@Example.org")).contains("password.tooCommon");
    }

    @Test
    void refusesPasswordsThatFollowTheRulesButAreEasyToGuess() {
        for (String weak : List.of("Password1!", "Welcome1234", "qwertyuiop12", "Summer2026!", "Sam.Taylor2026")) {
            assertThat(PasswordPolicy.problemWith(weak, "sam.taylor@example.org")).as(weak).contains("password.tooGuessable");
        }
    }

    @Test
    void explainsWhyAPasswordIsEasyToGuessWithKeysOfTheApplicationsBundle() throws IOException {
        PasswordPolicy.Problem problem = PasswordPolicy.check("Password1!", "a@example.org").orElseThrow();

        assertThat(problem.adviceKeys()).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("passwordStrength."))
                .contains("passwordStrength.feedback.dictionary.warning.passwords.similar");
        for (String bundle : List.of("/i18n/messages.properties", "/i18n/messages_pl.properties")) {
            Properties texts = new Properties();
            try (Reader in = new InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(problem.adviceKeys()).as(bundle).allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
            assertThat(texts.getProperty("password.tooGuessable")).as(bundle).contains("{0}");
        }
    }
}
