package org.recoverycollege.account.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the site speaks. The choice lives in a cookie, so anonymous visitors get no HTTP
 * session, and in the account of a signed-in person, so it follows them to other devices.
 */
public final class Languages {

    public static final String COOKIE = "rc-lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.UK, Locale.forLanguageTag("pl"));
    public static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
    /** An ISO 639 language code as the cookie holds it. */
    static final String LANGUAGE_CODE = "[a-z]{2,3}";

    private Languages() {
    }

    public static Optional<Locale> supported(String languageTag) {
        if (languageTag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(languageTag.strip())).findFirst();
    }

    /**
     * The interface's language: the cookie's language, else the first supported language the browser asks
     * for, else English. A cookie naming a language the interface does not speak (a language the college
     * offers course texts in only) gives English.
     */
    public static Locale resolve(HttpServletRequest request) {
        Optional<String> chosen = chosen(request);
        if (chosen.isPresent()) {
            return supported(chosen.get()).orElse(Locale.UK);
        }
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            Optional<Locale> match = supported(requested.nextElement().getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Locale.UK;
    }

    /**
     * The language the visitor chose with the language switch (an interface language or a language of
     * course texts only), if the cookie holds a well-formed ISO 639 code.
     */
    public static Optional<String> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && cookie.getValue().matches(LANGUAGE_CODE)) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    public static Cookie cookieFor(Locale locale, String contextPath) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(COOKIE_MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
