package org.recoverycollege.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.recoverycollege.platform.control.SigningKeys;

/**
 * Carries a {@link Notice} across a redirect in the address ({@code notice=<payload>.<signature>}), signed
 * with a key every instance shares, so it survives a change of instance, a restart or a lost cookie (the
 * Faces flash did not). A notice older than {@link #LIFETIME} or with a wrong signature is ignored.
 */
@ApplicationScoped
public class RedirectNotices {

    public static final String PARAMETER = "notice";
    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String KEY_NAME = "redirect-notice";
    private static final String SEPARATOR = "\u001f";

    @Inject
    private SigningKeys signingKeys;

    @Inject
    private Clock clock;

    public String token(Notice notice) {
        List<String> parts = new ArrayList<>();
        parts.add(Long.toString(clock.instant().getEpochSecond()));
        parts.add(notice.key());
        notice.arguments().forEach(argument -> parts.add(argument.replace(SEPARATOR, " ")));
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
        return payload + "." + signingKeys.sign(KEY_NAME, payload);
    }

    public Optional<Notice> read(String token) {
        if (token == null || token.length() > 4000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !signingKeys.verify(KEY_NAME, token.substring(0, dot), token.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            long issued = Long.parseLong(parts[0]);
            long age = clock.instant().getEpochSecond() - issued;
            if (parts.length < 2 || age < -60 || age > LIFETIME.toSeconds()) {
                return Optional.empty();
            }
            return Optional.of(new Notice(parts[1], Arrays.asList(parts).subList(2, parts.length)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
