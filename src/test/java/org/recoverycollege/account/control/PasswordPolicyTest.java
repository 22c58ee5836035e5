package org.recoverycollege.account.control;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(PasswordPolicy.problemWith("Password123", "a@example.org")).contains("password.tooCommon");
        assertThat(PasswordPolicy.problemWith("x".repeat(129) + "1", "a@example.org")).contains("password.tooLong");
    }

    @Test
    void refusesAPasswordContainingTheEmailAddress() {
        assertThat(PasswordPolicy.problemWith("sam@example.org!", "Sam@Example.org")).contains("password.tooCommon");
    }
}
