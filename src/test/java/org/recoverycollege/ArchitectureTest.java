package org.recoverycollege;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code base: features form no cycle, a lower feature never names a higher one (in code
 * or in a query string), no persistence in {@code web/}, and entities know nothing of services or pages.
 * The layering, lowest first, is {@link #LAYERS}; see docs/architecture.md.
 */
class ArchitectureTest {

    private static final String ROOT = "org.recoverycollege";

    /** The features from lowest to highest; a feature may use only those before it. */
    static final List<String> LAYERS = List.of("platform", "notification", "account", "catalogue", "planning",
            "enrolment", "tutoring", "register", "evaluation", "involvement", "pairing", "reporting", "demo");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyFeaturePackageHasItsPlaceInTheLayers() {
        List<String> features = classes.stream().map(ArchitectureTest::featureOf).filter(f -> f != null)
                .distinct().toList();
        assertThat(LAYERS).containsAll(features);
    }

    @Test
    void aLowerFeatureNeverDependsOnAHigherOne() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] higher = LAYERS.subList(i + 1, LAYERS.size()).stream().map(f -> ROOT + "." + f + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(higher)
                    .because(LAYERS.get(i) + " lies below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size()))
                            + ": let them act through an event or an interface " + LAYERS.get(i) + " owns")
                    .check(classes);
        }
    }

    /**
     * Pages use no persistence: no entity manager, query, transaction or mapping, nor its exceptions
     * (a conflict the person can act on reaches the page as a {@code Refusal}).
     */
    @Test
    void webHasNoPersistence() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("pages go through control services, which hold the transactions and the queries")
                .check(classes);
    }

    @Test
    void entitiesKnowNoServicesOrPages() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..web..")
                .check(classes);
    }

    /**
     * Query strings (JPQL, native SQL, named queries) are invisible to the class rule above, so the sources
     * are scanned: a string of a lower feature must not name a higher feature's entity or table, nor one of
     * its classes by full name (an enum constant in JPQL).
     */
    @Test
    void queryStringsNameNoHigherFeature() throws IOException {
        Map<String, String> entityFeature = new LinkedHashMap<>();
        Map<String, String> tableFeature = new LinkedHashMap<>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(Entity.class)) {
                entityFeature.put(type.getSimpleName(), featureOf(type));
                if (type.isAnnotatedWith(Table.class)) {
                    tableFeature.put(type.getAnnotationOfType(Table.class).name(), featureOf(type));
                }
            }
        }
        tableFeature.put("tutor_preferred_course", "tutoring");
        Pattern literal = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
        List<String> violations = new ArrayList<>();
        Path sources = Path.of("src/main/java", ROOT.split("\\."));
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                int level = LAYERS.indexOf(feature);
                Matcher strings = literal.matcher(Files.readString(file));
                while (strings.find()) {
                    String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
                    for (String higher : LAYERS.subList(level + 1, LAYERS.size())) {
                        if (text.contains(ROOT + "." + higher + ".")) {
                            violations.add(file + " names " + higher + ": " + text.strip());
                        }
                    }
                    names(text, entityFeature, level, file, violations);
                    names(text, tableFeature, level, file, violations);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(violations).isEmpty();
    }

    private static void names(String text, Map<String, String> owners, int level, Path file, List<String> violations) {
        owners.forEach((name, owner) -> {
            if (LAYERS.indexOf(owner) > level && Pattern.compile("(?i)\\b(from|join|update|into)\\s+" + name + "\\b")
                    .matcher(text).find()) {
                violations.add(file + " names " + owner + "'s " + name + ": " + text.strip());
            }
        });
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        return Arrays.stream(name.substring(ROOT.length() + 1).split("\\.")).findFirst().orElse(null);
    }
}
