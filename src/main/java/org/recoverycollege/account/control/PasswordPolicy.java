package org.recoverycollege.account.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A password rule people can follow: at least 10 characters, not only letters or only digits, and not
 * one of the most common passwords or the person's own e-mail address. Returns the message key of the
 * first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password123", "1234567890", "qwertyuiop", "iloveyou12",
            "letmein123", "welcome123", "abc1234567", "passw0rd12", "0123456789", "qwerty1234");

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean hasLetter = password.chars().anyMatch(Character::isLetter);
        boolean hasOther = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            return Optional.of("password.needsMix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (email != null && lower.contains(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }
}
