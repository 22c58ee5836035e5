package org.recoverycollege.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recoverycollege.platform.control.SigningKeyStore;
import org.recoverycollege.platform.control.SigningKeys;

/**
 * The outcome message carried in {@code notice=} after a redirect: shown when this college signed it
 * within the last 15 minutes, nothing at all when it was forged, tampered with, expired or signed by
 * another college's key.
 */
class RedirectNoticesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** The table signing_key, in memory: one key per name, the first stored wins. */
    private static final class KeyTable extends SigningKeyStore {
        final Map<String, String> rows = new HashMap<>();

        @Override
        public Optional<String> read(String name) {
            return Optional.ofNullable(rows.get(name));
        }

        @Override
        public void create(String name, String secret) {
            if (rows.putIfAbsent(name, secret) != null) {
                throw new IllegalStateException("duplicate key " + name);
            }
        }
    }

    private final KeyTable table = new KeyTable();
    private final MovableClock clock = new MovableClock(NOW);
    private final RedirectNotices notices = notices(table, clock);

    @Test
    void aNoticeSignedHereIsShownWithItsArguments() {
        String token = notices.token(Notice.of("enrol.confirmed", "Understanding Recovery", 3));

        assertThat(notices.read(token)).contains(new Notice("enrol.confirmed", List.of("Understanding Recovery", "3")));
    }

    @Test
    void anotherInstanceSharingTheDatabaseReadsTheNotice() {
        String token = notices.token(Notice.of("signUp.welcome", "Ada"));

        RedirectNotices otherInstance = notices(table, clock);

        assertThat(otherInstance.read(token)).contains(Notice.of("signUp.welcome", "Ada"));
    }

    @Test
    void aNoticeSignedWithAnotherKeyShowsNothing() {
        String foreign = notices(new KeyTable(), clock).token(Notice.of("signUp.welcome", "Ada"));

        assertThat(notices.read(foreign)).isEmpty();
    }

    @Test
    void aForgedNoticeShowsNothing() {
        String payload = encode(NOW.getEpochSecond() + "\u001fsignUp.welcome\u001fMallory");

        assertThat(notices.read(payload + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(notices.read(payload + ".")).isEmpty();
        assertThat(notices.read(payload)).isEmpty();
        assertThat(notices.read("")).isEmpty();
        assertThat(notices.read(null)).isEmpty();
        assertThat(notices.read("x".repeat(5000))).isEmpty();
    }

    @Test
    void aTamperedNoticeShowsNothing() {
        String token = notices.token(Notice.of("signUp.welcome", "Ada"));
        String signature = token.substring(token.indexOf('.'));
        String otherText = encode(NOW.getEpochSecond() + "\u001fsignUp.welcome\u001fMallory");

        assertThat(notices.read(otherText + signature)).as("another text under the same signature").isEmpty();
        assertThat(notices.read("A" + token)).as("a changed payload").isEmpty();
        assertThat(notices.read(token + "A")).as("a changed signature").isEmpty();
        String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(notices.read(flipped)).as("a signature with one character changed").isEmpty();
    }

    @Test
    void aNoticeOlderThanFifteenMinutesShowsNothing() {
        String token = notices.token(Notice.of("enrol.confirmed", "Understanding Recovery"));

        clock.advance(Duration.ofMinutes(15));
        assertThat(notices.read(token)).as("still fresh at 15 minutes").isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(notices.read(token)).as("expired after 15 minutes").isEmpty();
    }

    @Test
    void aNoticeFromTheFutureShowsNothing() {
        clock.advance(Duration.ofMinutes(5));
        String fromTheFuture = notices.token(Notice.of("enrol.confirmed", "Understanding Recovery"));
        clock.advance(Duration.ofMinutes(-5));

        assertThat(notices.read(fromTheFuture)).isEmpty();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RedirectNotices notices(SigningKeyStore store, Clock clock) {
        SigningKeys keys = new SigningKeys();
        set(keys, "store", store);
        RedirectNotices notices = new RedirectNotices();
        set(notices, "signingKeys", keys);
        set(notices, "clock", clock);
        return notices;
    }

    private static void set(Object target, String fieldName, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
