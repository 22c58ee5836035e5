package org.recoverycollege.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

    private static final String POLICY = "script-src 'self' 'nonce-OLDNONCE'";
    private static final byte[] BODY = "<script nonce=\"OLDNONCE\">x()</script><p>Courses</p>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aKeptPageIsServedAgainWithAFreshNonceInItsPolicyAndItsScripts() {
        PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(10));
        cache.keep("/|en-GB|", BODY, Map.of("Content-Security-Policy", POLICY, "Content-Type", "text/html"), 0);

        PublicPageCache.Page first = cache.fresh("/|en-GB|", Duration.ofSeconds(1).toNanos()).orElseThrow();
        PublicPageCache.Page second = cache.fresh("/|en-GB|", Duration.ofSeconds(2).toNanos()).orElseThrow();

        String nonce = first.nonce();
        assertThat(nonce).isNotEqualTo("OLDNONCE").isNotEqualTo(second.nonce());
        assertThat(first.headers()).containsEntry("Content-Security-Policy", "script-src 'self' 'nonce-" + nonce + "'")
                .containsEntry("Content-Type", "text/html");
        assertThat(new String(first.body(), StandardCharsets.UTF_8))
                .isEqualTo("<script nonce=\"" + nonce + "\">x()</script><p>Courses</p>");
        assertThat(second.ageSeconds(Duration.ofMillis(3500).toNanos())).isEqualTo(3);
    }

    @Test
    void aPageIsKeptOnlyForItsLifetimeAndOnlyUnderItsOwnKey() {
        PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(10));
        cache.keep("/|en-GB|", BODY, Map.of(), 0);

        assertThat(cache.fresh("/|en-GB|", Duration.ofSeconds(9).toNanos())).isPresent();
        assertThat(cache.fresh("/|en-GB|", Duration.ofSeconds(10).toNanos())).isEmpty();
        assertThat(cache.fresh("/|pl|", 1)).isEmpty();
    }

    @Test
    void aFloodOfDistinctAddressesDoesNotGrowTheCacheWithoutBound() {
        PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(10));
        for (int i = 0; i < PublicPageCache.MAX_PAGES * 3; i++) {
            cache.keep("/?q=" + i + "|en-GB|", BODY, Map.of(), 0);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(PublicPageCache.MAX_PAGES);
    }

    @Test
    void noLifetimeMeansEveryRequestIsRendered() {
        assertThat(new PublicPageCache(Duration.ZERO).enabled()).isFalse();
    }
}
