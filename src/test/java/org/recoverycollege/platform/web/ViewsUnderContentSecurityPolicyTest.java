package org.recoverycollege.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages run under PrimeFaces' nonce Content-Security-Policy (web.xml {@code primefaces.CSP}). Faces'
 * own {@code f:ajax} answers are applied by faces.js, which runs the scripts of updated content without
 * the nonce, so the browser blocks them: the update half-happens (a field vanishes, a poll never starts).
 * Only {@code p:ajax} carries the nonce; and an inline {@code <script>} never has one.
 */
class ViewsUnderContentSecurityPolicyTest {

    private static final Path VIEWS = Path.of("src", "main", "webapp");
    private static final Pattern FACES_AJAX = Pattern.compile("<f:ajax\\b");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

    @Test
    void noViewUsesFacesAjaxOrAnInlineScript() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            offending = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> {
                        String view = read(file);
                        return FACES_AJAX.matcher(view).find() || INLINE_SCRIPT.matcher(view).find();
                    })
                    .map(file -> VIEWS.relativize(file).toString())
                    .toList();
        }
        assertThat(offending).as("views using f:ajax or an inline <script> (use p:ajax, a script file)").isEmpty();
    }

    @Test
    void theCheckRecognisesBoth() {
        assertThat(FACES_AJAX.matcher("<h:selectOneMenu><f:ajax render=\"room\"/></h:selectOneMenu>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script src=\"/app.js\"></script>").find()).isFalse();
        assertThat(FACES_AJAX.matcher("<p:ajax update=\"room\"/>").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
