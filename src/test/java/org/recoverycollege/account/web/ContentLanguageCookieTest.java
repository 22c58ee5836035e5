package org.recoverycollege.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContentLanguageCookieTest {

    /** A request carrying only cookies and the browser's languages, as the language look-up reads it. */
    private static HttpServletRequest request(String cookieValue, Locale... browserLanguages) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookieValue == null ? null : new Cookie[] {new Cookie(Languages.COOKIE, cookieValue)};
                    case "getLocales" -> Collections.enumeration(List.of(browserLanguages));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aLanguageOfCourseTextsOnlyKeepsTheInterfaceEnglishWhateverTheBrowserAsks() {
        HttpServletRequest arabic = request("ar", Locale.forLanguageTag("pl"));
        assertThat(Languages.chosen(arabic)).contains("ar");
        assertThat(Languages.resolve(arabic)).isEqualTo(Locale.UK);
    }

    @Test
    void anInterfaceLanguageInTheCookieIsTheInterfaceLanguage() {
        assertThat(Languages.resolve(request("pl", Locale.UK))).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(Languages.chosen(request("pl"))).contains("pl");
    }

    @Test
    void withoutAUsableCookieTheBrowserDecides() {
        HttpServletRequest odd = request("<script>", Locale.forLanguageTag("pl"));
        assertThat(Languages.chosen(odd)).isEmpty();
        assertThat(Languages.resolve(odd)).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(Languages.resolve(request(null, Locale.GERMAN))).isEqualTo(Locale.UK);
    }
}
