package org.recoverycollege;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Backing beans do page work only: a bean that grows past about 100 lines is taking on a form (make it a
 * form object) or a rule (move it to {@code control}). At most three may be longer, as docs/architecture.md
 * says.
 */
class BackingBeanSizeTest {

    private static final int MOST_LINES = 100;
    private static final int MOST_LONGER_BEANS = 3;

    @Test
    void atMostThreeBackingBeansAreLongerThanAHundredLines() throws IOException {
        List<String> longer;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            longer = files.filter(file -> file.getParent().getFileName().toString().equals("web")
                            && file.getFileName().toString().endsWith("Backing.java"))
                    .filter(BackingBeanSizeTest::isLong)
                    .map(file -> file.getFileName().toString())
                    .sorted().toList();
        }
        assertThat(longer).as("backing beans over %d lines", MOST_LINES).hasSizeLessThanOrEqualTo(MOST_LONGER_BEANS);
    }

    private static boolean isLong(Path file) {
        try {
            return Files.readAllLines(file).size() > MOST_LINES;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
