package org.recoverycollege.planning.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anonymous prospectus and course pages as last rendered, kept for a few seconds, so a crowd of visitors
 * does not render the same page again and again. Like the minute a reverse proxy may keep them, it is a
 * short-lived copy of public information, never the source of a rule: a place is taken or refused by the
 * database, whatever a page said. Each instance keeps its own copies, for at most {@code lifetime}.
 *
 * <p>A copy is served with a fresh Content-Security-Policy nonce in its header and body, so no two
 * responses share one. The number of copies is bounded (the address's query is part of the key).
 */
final class PublicPageCache {

    static final int MAX_PAGES = 500;
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration lifetime;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PublicPageCache(Duration lifetime) {
        this.lifetime = lifetime;
    }

    boolean enabled() {
        return !lifetime.isZero() && !lifetime.isNegative();
    }

    /** A rendered page: its body, its headers, and the nonce its policy and scripts were given. */
    record Page(byte[] body, Map<String, String> headers, String nonce, long renderedAtNanos, long expiresAtNanos) {

        /** Whole seconds since it was rendered, for the HTTP {@code Age} header of a copy. */
        long ageSeconds(long nowNanos) {
            return Duration.ofNanos(nowNanos - renderedAtNanos).toSeconds();
        }
    }

    /** A copy that is still fresh at {@code nowNanos}, ready to send: a new nonce in its body and headers. */
    Optional<Page> fresh(String key, long nowNanos) {
        Page page = pages.get(key);
        if (page == null || nowNanos - page.expiresAtNanos() >= 0) {
            return Optional.empty();
        }
        if (page.nonce() == null) {
            return Optional.of(page);
        }
        String nonce = newNonce();
        Map<String, String> headers = new LinkedHashMap<>(page.headers());
        headers.replaceAll((name, value) -> value.replace(page.nonce(), nonce));
        byte[] body = new String(page.body(), StandardCharsets.UTF_8).replace(page.nonce(), nonce)
                .getBytes(StandardCharsets.UTF_8);
        return Optional.of(new Page(body, headers, nonce, page.renderedAtNanos(), page.expiresAtNanos()));
    }

    void keep(String key, byte[] body, Map<String, String> headers, long nowNanos) {
        if (pages.size() >= MAX_PAGES) {
            pages.values().removeIf(page -> nowNanos - page.expiresAtNanos() >= 0);
            if (pages.size() >= MAX_PAGES) {
                pages.clear(); // a flood of distinct addresses: start again rather than grow
            }
        }
        pages.put(key, new Page(body.clone(), Map.copyOf(headers), nonceIn(headers), nowNanos,
                nowNanos + lifetime.toNanos()));
    }

    int size() {
        return pages.size();
    }

    private static String nonceIn(Map<String, String> headers) {
        String policy = headers.get(CONTENT_SECURITY_POLICY);
        if (policy == null) {
            return null;
        }
        Matcher nonce = NONCE.matcher(policy);
        return nonce.find() ? nonce.group(1) : null;
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
