package org.recoverycollege.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void supportsEnglishAndPolishOnly() {
        assertThat(Languages.supported("pl")).contains(Locale.forLanguageTag("pl"));
        assertThat(Languages.supported("en")).contains(Locale.UK);
        assertThat(Languages.supported("de")).isEmpty();
        assertThat(Languages.supported(null)).isEmpty();
    }

    @Test
    void theLanguageSwitchOnlyReturnsToPagesOfThisSite() {
        assertThat(LanguageServlet.safeReturnPath("/courses/wrap?x=1")).isEqualTo("/courses/wrap?x=1");
        assertThat(LanguageServlet.safeReturnPath("https://evil.example")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath("//evil.example/x")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath("/\\evil.example")).isEqualTo("/");
        assertThat(LanguageServlet.safeReturnPath(null)).isEqualTo("/");
    }
}
