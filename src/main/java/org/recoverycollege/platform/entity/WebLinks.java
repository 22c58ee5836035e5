package org.recoverycollege.platform.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links the college stores and shows to people (a run's online link, a session's joining link) are web
 * addresses only: {@code https:} or {@code http:} with a host. Anything else ({@code javascript:},
 * {@code data:}, {@code vbscript:}, a relative path) is refused when stored and never rendered as a link,
 * so a link cannot carry script into a student's page.
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** True for an absolute http(s) address with a host; also true for no link at all (links are optional). */
    public static boolean isWebOrEmpty(String link) {
        return link == null || link.isBlank() || isWeb(link.strip());
    }

    /** The link if it is an http(s) address, else null: for rendering stored data defensively. */
    public static String safe(String link) {
        return link != null && !link.isBlank() && isWeb(link.strip()) ? link.strip() : null;
    }

    private static boolean isWeb(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    /** The entity's check: refuses a link that is not a web address, so such a link is never stored. */
    public static String requireWebOrEmpty(String link, String what) {
        if (!isWebOrEmpty(link)) {
            throw new IllegalArgumentException(what + " must be an https: or http: address");
        }
        return link;
    }
}
