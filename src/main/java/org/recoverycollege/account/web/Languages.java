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

    private Languages() {
    }

    public static Optional<Locale> supported(String languageTag) {
        if (languageTag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(languageTag.strip())).findFirst();
    }

    /** The cookie's language, else the first supported language the browser asks for, else English. */
    public static Locale resolve(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> chosen = supported(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
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

    public static Cookie cookieFor(Locale locale, String contextPath) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(COOKIE_MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
