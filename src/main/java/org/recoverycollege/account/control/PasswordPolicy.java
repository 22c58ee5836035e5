package org.recoverycollege.account.control;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * A password rule people can follow: at least 10 characters, not only letters or only digits, and hard
 * to guess as measured by zxcvbn (a strength estimator that knows common passwords, words, names,
 * keyboard patterns, dates and substitutions such as {@code Password1!} or {@code Welcome1234}). The
 * person's own e-mail address and the college's name count as easy to guess. Returns the first rule
 * broken as a {@link Problem}: a message key and, for a guessable password, zxcvbn's advice as message
 * keys of the application's bundle (English and Polish).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** zxcvbn's score 0 to 4; 3 means "safely unguessable" (about 10^8 guesses or more). */
    static final int MIN_SCORE = 3;

    /** The bundle key prefix under which zxcvbn's advice is translated. */
    public static final String ADVICE_PREFIX = "passwordStrength.";

    private static final List<String> SITE_WORDS = List.of("recovery", "college", "recoverycollege", "course",
            "student", "tutor");

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** What is wrong with a password: a message key and its arguments (bundle keys of the advice). */
    public record Problem(String messageKey, List<String> adviceKeys) {

        public Problem {
            adviceKeys = List.copyOf(adviceKeys);
        }
    }

    /** The message key of the first rule broken, or empty. */
    public static Optional<String> problemWith(String password, String email) {
        return check(password, email).map(Problem::messageKey);
    }

    public static Optional<Problem> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(new Problem("password.tooShort", List.of()));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new Problem("password.tooLong", List.of()));
        }
        boolean hasLetter = password.chars().anyMatch(Character::isLetter);
        boolean hasOther = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!hasLetter || !hasOther) {
            return Optional.of(new Problem("password.needsMix", List.of()));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("password.tooCommon", List.of()));
        }
        Strength strength = ZXCVBN.measure(password, personalWords(email));
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(new Problem("password.tooGuessable", adviceKeys(strength.getFeedback())));
        }
        return Optional.empty();
    }

    /** The e-mail address and its parts (before the @, split at dots and dashes) plus the site's words. */
    private static List<String> personalWords(String email) {
        List<String> words = new ArrayList<>(SITE_WORDS);
        if (email != null && !email.isBlank()) {
            String lower = email.toLowerCase(Locale.ROOT);
            words.add(lower);
            String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
            words.add(local);
            Stream.of(local.split("[._+\\-]")).filter(part -> part.length() > 2).forEach(words::add);
        }
        return words;
    }

    /**
     * zxcvbn's warning and suggestions as keys of the application's bundle: zxcvbn resolves them through
     * a bundle that returns each key itself, prefixed, so the page can show them in the person's language.
     */
    private static List<String> adviceKeys(Feedback feedback) {
        Feedback keyed = feedback.withResourceBundle(new KeysBundle());
        List<String> keys = new ArrayList<>();
        String warning = keyed.getWarning();
        if (warning != null && !warning.isBlank()) {
            keys.add(warning);
        }
        keys.addAll(keyed.getSuggestions());
        if (keys.isEmpty()) {
            keys.add(ADVICE_PREFIX + Feedback.EXTRA_SUGGESTIONS_ADD_ANOTHER_WORD);
        }
        return keys;
    }

    /** A bundle whose every entry is its own key with the application's prefix. */
    private static final class KeysBundle extends ResourceBundle {

        @Override
        protected Object handleGetObject(String key) {
            return ADVICE_PREFIX + key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    }
}
