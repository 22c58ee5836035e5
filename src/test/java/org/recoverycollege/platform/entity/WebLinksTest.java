package org.recoverycollege.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverycollege.platform.entity.EntityFixtures.run;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.recoverycollege.enrolment.control.MySession;
import org.recoverycollege.planning.entity.CourseRun;
import org.recoverycollege.planning.entity.CourseSession;

/** Only https: and http: links are stored or rendered (issue 10, finding 1). */
class WebLinksTest {

    private static final String[] NOT_WEB = {"javascript:alert(document.domain)", "JAVASCRIPT:alert(1)",
        " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd",
        "//evil.example/", "/my/", "https://", "mailto:someone@example.org"};

    @Test
    void acceptsWebAddressesAndNoLink() {
        assertThat(WebLinks.isWebOrEmpty("https://meet.example.org/abc?pwd=1")).isTrue();
        assertThat(WebLinks.isWebOrEmpty("HTTP://zoom.example.com/j/123")).isTrue();
        assertThat(WebLinks.isWebOrEmpty(null)).isTrue();
        assertThat(WebLinks.isWebOrEmpty("  ")).isTrue();
    }

    @Test
    void refusesEveryOtherScheme() {
        for (String link : NOT_WEB) {
            assertThat(WebLinks.isWebOrEmpty(link)).as(link).isFalse();
            assertThat(WebLinks.safe(link)).as(link).isNull();
        }
    }

    @Test
    void entitiesNeverHoldAScriptLink() {
        CourseRun run = run(12);
        CourseSession session = run.addSession(LocalDate.of(2027, 1, 7), LocalTime.of(10, 0), LocalTime.of(12, 0));
        for (String link : NOT_WEB) {
            assertThatThrownBy(() -> session.changeJoiningLink(link)).as(link).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> run.changeOnlineLink(link)).as(link).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(session.getJoiningLink()).isNull();
        assertThat(run.getOnlineLink()).isNull();
        session.changeJoiningLink("https://meet.example.org/x");
        assertThat(session.getJoiningLink()).isEqualTo("https://meet.example.org/x");
    }

    @Test
    void aStoredScriptLinkIsNeverRenderedAsALink() {
        MySession stored = new MySession(1, LocalDate.of(2027, 1, 7), LocalTime.of(10, 0), LocalTime.of(12, 0), null,
                "javascript:alert(document.domain)", false, null);
        assertThat(stored.joiningLink()).isNull();
        MySession web = new MySession(1, LocalDate.of(2027, 1, 7), LocalTime.of(10, 0), LocalTime.of(12, 0), null,
                "https://meet.example.org/x", false, null);
        assertThat(web.joiningLink()).isEqualTo("https://meet.example.org/x");
    }
}
