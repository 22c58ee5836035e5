package org.recoverycollege.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language of a bundle says everything the default bundle says, and nothing else: the same keys,
 * and in each value the same placeholders. The messages bundle is read as Faces and the mail templates
 * read it (a {@link MessageFormat}); the validation bundle as Bean Validation reads it ({@code {max}},
 * {@code ${...}}).
 */
class BundleParityTest {

    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\$?\\{([^{}0-9][^{}]*)}");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void everyLanguageHasExactlyTheKeysOfTheDefaultBundle(String baseName) throws IOException {
        Map<String, String> defaults = load(defaultFile(baseName));
        List<Path> languages = languageFiles(baseName);
        assertFalse(languages.isEmpty(), "no language file next to " + baseName + ".properties");
        List<String> problems = new ArrayList<>();
        for (Path language : languages) {
            Map<String, String> translated = load(language);
            Set<String> missing = new TreeSet<>(defaults.keySet());
            missing.removeAll(translated.keySet());
            Set<String> extra = new TreeSet<>(translated.keySet());
            extra.removeAll(defaults.keySet());
            if (!missing.isEmpty()) {
                problems.add(language.getFileName() + " lacks " + missing.size() + " keys: " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(language.getFileName() + " has keys the default does not: " + extra);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void everyTranslationHasTheSamePlaceholdersAsTheDefault(String baseName) throws IOException {
        Map<String, String> defaults = load(defaultFile(baseName));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : defaults.entrySet()) {
            check(defaultFile(baseName), entry.getKey(), entry.getValue(), problems);
        }
        for (Path language : languageFiles(baseName)) {
            Map<String, String> translated = load(language);
            for (Map.Entry<String, String> entry : translated.entrySet()) {
                String original = defaults.get(entry.getKey());
                Set<String> translatedPlaceholders = check(language, entry.getKey(), entry.getValue(), problems);
                if (original == null || translatedPlaceholders == null) {
                    continue;
                }
                Set<String> originalPlaceholders = placeholders(original);
                if (!originalPlaceholders.equals(translatedPlaceholders)) {
                    problems.add(language.getFileName() + " " + entry.getKey() + " uses " + translatedPlaceholders
                            + " but the default uses " + originalPlaceholders);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void noFileRepeatsAKey(String baseName) throws IOException {
        List<Path> files = new ArrayList<>(languageFiles(baseName));
        files.add(defaultFile(baseName));
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Set<String> seen = new HashSet<>();
            for (String line : readUtf8(file).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                String key = trimmed.split("\\s*[=:]\\s*|\\s", 2)[0];
                if (!seen.add(key)) {
                    problems.add(file.getFileName() + " repeats " + key + " (the later value wins silently)");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @org.junit.jupiter.api.Test
    void placeholdersAreReadAsMessageFormatReadsThem() {
        assertEquals(Set.of("0", "1"), placeholders("{0,choice,1#1 place|1<{0} places} on {1}"));
        assertEquals(Set.of("1"), placeholders("It''s {1}"));
        assertEquals(Set.of(), placeholders("It's {1}"), "an unpaired quote hides what follows it");
        assertEquals(Set.of("currentPage", "totalPages"), placeholders("Page {currentPage} of {totalPages}"));
        assertEquals(Set.of("max", "validatedValue"), placeholders("At most {max}, not ${validatedValue}"));
    }

    /** The placeholders of a value, or null (with a problem noted) when the value cannot be parsed. */
    private static Set<String> check(Path file, String key, String value, List<String> problems) {
        try {
            return placeholders(value);
        } catch (IllegalArgumentException e) {
            problems.add(file.getFileName() + " " + key + " is not a valid message format: " + e.getMessage());
            return null;
        }
    }

    /**
     * Named placeholders ({@code {max}}, {@code ${value}}, PrimeFaces' {@code {currentPage}}) by name;
     * otherwise the argument numbers a {@link MessageFormat} really fills in, choice formats included.
     */
    static Set<String> placeholders(String value) {
        Matcher named = NAMED_PLACEHOLDER.matcher(value);
        Set<String> names = new TreeSet<>();
        while (named.find()) {
            names.add(named.group(1));
        }
        if (!names.isEmpty()) {
            return names;
        }
        Set<String> arguments = new TreeSet<>();
        collectArguments(value, arguments);
        return arguments;
    }

    private static void collectArguments(String pattern, Set<String> arguments) {
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] markers = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat choice) {
                for (Object branch : choice.getFormats()) {
                    if (branch.toString().contains("{")) {
                        collectArguments(branch.toString(), arguments);
                    }
                }
            }
            format.setFormatByArgumentIndex(i, null);
            markers[i] = "\u0001" + i + "\u0002";
        }
        String formatted = format.format(markers);
        for (int i = 0; i < markers.length; i++) {
            if (formatted.contains(markers[i].toString())) {
                arguments.add(Integer.toString(i));
            }
        }
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(readUtf8(file)));
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** The file as UTF-8; a byte that is not UTF-8 would make Java read the whole file as ISO-8859-1. */
    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            fail(file + " is not valid UTF-8, so Java would read all of it as ISO-8859-1");
            throw e;
        }
    }

    private static Path defaultFile(String baseName) {
        URL url = BundleParityTest.class.getClassLoader().getResource(baseName + ".properties");
        if (url == null) {
            fail(baseName + ".properties is not on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> languageFiles(String baseName) throws IOException {
        Path defaults = defaultFile(baseName);
        String prefix = defaults.getFileName().toString().replace(".properties", "_");
        try (Stream<Path> siblings = Files.list(defaults.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }
}
