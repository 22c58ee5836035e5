package org.recoverycollege.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds English left on a page shown in another language: a text the page shows that equals the English
 * value of a key of the default bundle whose value in the other language's bundle differs or is missing
 * (a missing key falls back to English). Values that read the same in both languages and very short or
 * wordless values are ignored, and so is any text that is also a value of the translated bundle.
 * Messages with arguments ({0}, choices) match when their literal words are long enough to be telling.
 */
public final class UntranslatedTexts {

    private static final int MIN_LETTERS = 4;
    private static final int MIN_LITERAL_LETTERS_OF_A_PATTERN = 8;

    /** English text as shown (apostrophes unescaped) to the keys that show it. */
    private final Map<String, Set<String>> plainTexts = new HashMap<>();
    private final List<PatternEntry> patterns = new ArrayList<>();
    private final Set<String> translatedValues = new HashSet<>();

    private record PatternEntry(String key, Pattern pattern) {
    }

    public UntranslatedTexts(String language) {
        Properties english = load("i18n/messages.properties");
        Properties translated = load("i18n/messages_" + language + ".properties");
        for (String key : translated.stringPropertyNames()) {
            translatedValues.add(normalise(translated.getProperty(key)));
            translatedValues.add(normalise(unescapeApostrophes(translated.getProperty(key))));
        }
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            String other = translated.getProperty(key);
            if (other != null && normalise(other).equals(normalise(value))) {
                continue; // the same in both languages, e.g. a name
            }
            if (value.contains("{")) {
                toPattern(value).ifPresent(p -> patterns.add(new PatternEntry(key, p)));
            } else if (letters(value) >= MIN_LETTERS) {
                plainTexts.computeIfAbsent(normalise(value), v -> new TreeSet<>()).add(key);
                plainTexts.computeIfAbsent(normalise(unescapeApostrophes(value)), v -> new TreeSet<>()).add(key);
            }
        }
    }

    public int size() {
        return plainTexts.size() + patterns.size();
    }

    /** The texts among these that are untranslated English, each with the keys it is the English of. */
    public Set<String> in(Collection<String> shownTexts) {
        Set<String> found = new TreeSet<>();
        for (String shown : shownTexts) {
            String text = normalise(shown);
            if (text.isEmpty() || translatedValues.contains(text)) {
                continue;
            }
            Set<String> keys = plainTexts.get(text);
            if (keys != null) {
                found.add("\u201c" + text + "\u201d (" + String.join(", ", keys) + ")");
                continue;
            }
            for (PatternEntry entry : patterns) {
                if (text.length() < 400 && entry.pattern().matcher(text).matches()) {
                    found.add("\u201c" + text + "\u201d (" + entry.key() + ")");
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A MessageFormat pattern as a regular expression: every argument (balanced braces, choices included)
     * becomes "anything", the literal text must be there as written.
     */
    private static java.util.Optional<Pattern> toPattern(String messageFormat) {
        String value = unescapeApostrophes(messageFormat);
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int literalLetters = 0;
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                if (depth == 0) {
                    literalLetters += letters(literal.toString());
                    regex.append(Pattern.quote(normalise(literal.toString()))).append(".+?");
                    literal.setLength(0);
                }
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        literalLetters += letters(literal.toString());
        regex.append(Pattern.quote(normalise(literal.toString())));
        if (literalLetters < MIN_LITERAL_LETTERS_OF_A_PATTERN) {
            return java.util.Optional.empty();
        }
        // literal parts were normalised separately: allow any spacing where they meet an argument
        return java.util.Optional.of(Pattern.compile(regex.toString().replace("\\Q \\E", "\\s*"), Pattern.DOTALL));
    }

    private static String unescapeApostrophes(String value) {
        return value.replace("''", "'");
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = UntranslatedTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bundle " + resource + " on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
