package org.recoverycollege.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages the college offers course texts in (setting {@link Setting#CONTENT_LANGUAGES}): English,
 * the catalogue's own language, always, and the others as administrators list them. Read on nearly every
 * public page, so the list is kept for a short while instead of being read from the database each time;
 * a change on this instance is seen at once, on other instances within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class ContentLanguages {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /** Languages written right to left, by ISO 639 code. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi");

    @Inject
    private CollegeSettings settings;

    @Inject
    private Clock clock;

    private volatile Cached cached;

    private record Cached(List<String> languages, Instant readAt) {
    }

    /** The offered languages in the administrators' order, English first. */
    public List<String> offered() {
        Cached current = cached;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(FRESH_FOR).isBefore(now)) {
            current = new Cached(parse(settings.value(Setting.CONTENT_LANGUAGES)), now);
            cached = current;
        }
        return current.languages();
    }

    public boolean isOffered(String language) {
        return language != null && offered().contains(language);
    }

    /** Forgets the kept list, after an administrator changed it. */
    public void forget() {
        cached = null;
    }

    /** The setting's value as a list: English first, then each listed language once. */
    public static List<String> parse(String value) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(LocalisedText.ORIGINAL);
        if (value != null) {
            Arrays.stream(value.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).forEach(languages::add);
        }
        return List.copyOf(languages);
    }

    /**
     * The value an administrator typed, in its stored form ("en,pl,ar"), or an
     * {@link IllegalArgumentException} naming the first code that is not an ISO 639 language.
     */
    public static String validate(String value) {
        Set<String> known = Set.of(Locale.getISOLanguages());
        List<String> languages = parse(value);
        for (String language : languages) {
            if (!language.matches("[a-z]{2,3}") || (language.length() == 2 && !known.contains(language))) {
                throw new IllegalArgumentException("\"" + language + "\" is not an ISO 639 language code");
            }
        }
        return String.join(",", languages);
    }

    public static boolean isRightToLeft(String language) {
        return language != null && RIGHT_TO_LEFT.contains(LocalisedText.languageOf(language));
    }

    /** The {@code dir} attribute of a text in the language: "rtl" or "ltr". */
    public static String direction(String language) {
        return isRightToLeft(language) ? "rtl" : "ltr";
    }

    /** The language's name in itself with its code ("Polski (pl)"), as the administration lists languages. */
    public static String label(String language) {
        return nativeName(language) + " (" + language + ")";
    }

    /** The language's name in itself ("Polski", "العربية"), as a language switch shows it. */
    public static String nativeName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(language)) {
            return language;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
