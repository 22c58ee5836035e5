package org.recoverycollege.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.recoverycollege.testing.Browser;

/**
 * Course texts in several languages in headless Chromium against the demo college: an administrator adds
 * an Arabic translation; visitors read the course page and the prospectus in Arabic (right to left) and
 * in Polish (English fallback marked as English), axe-clean and without an HTTP session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseTranslationsBrowserIT {

    private static final String ARABIC_TITLE = "التعافي خطوة بخطوة";
    private static final String ARABIC_SUMMARY = "دورة للتعرف على التعافي مع أشخاص مرّوا بتجارب مماثلة.";

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorAddsAnArabicTranslationThatVisitorsReadRightToLeftWithEnglishFallbackMarked() {
        String title;
        String slug;
        try (Browser admin = new Browser(base)) {
            admin.signInAs("admin@example.org", "demo-password");
            admin.open("/admin/settings").fillIn("Languages of course texts", "en,pl,ar").press("Save the settings");
            assertThat(admin.text()).contains("The settings were saved.");

            admin.open("/");
            WebElement first = admin.driver().findElement(By.cssSelector(".card__title a"));
            title = first.getText();
            slug = first.getAttribute("href").replaceFirst("^.*/courses/", "");

            admin.open("/admin/courses");
            WebElement edit = admin.driver().findElements(By.cssSelector("input[type='submit']")).stream()
                    .filter(b -> ("Edit " + title).equals(b.getAttribute("aria-label"))).findFirst().orElseThrow();
            admin.leavePageBy(edit::click);
            assertThat(admin.text()).contains("Translations of the course");
            admin.press("Save the translation");
            assertThat(admin.text()).contains("Choose the language of the translation.", "Give the translated title.");
            new Select(admin.field("Language of the translation")).selectByValue("ar");
            admin.fillIn("Translated title", ARABIC_TITLE).fillIn("Translated summary", ARABIC_SUMMARY)
                    .press("Save the translation");
            assertThat(admin.text()).contains("The translation into العربية (ar) was saved.", ARABIC_TITLE);
            assertThat(admin.accessibilityViolations()).isEmpty();
        }

        try (Browser visitor = new Browser(base)) {
            visitor.open("/courses/" + slug);
            assertThat(visitor.heading()).isEqualTo(title);
            visitor.press("العربية");
            WebElement html = visitor.driver().findElement(By.tagName("html"));
            assertThat(html.getDomAttribute("lang")).as("the interface stays English").isEqualTo("en-GB");
            WebElement heading = visitor.driver().findElement(By.cssSelector("h1 .course-title"));
            assertThat(heading.getText()).isEqualTo(ARABIC_TITLE);
            assertThat(heading.getDomAttribute("lang")).isEqualTo("ar");
            assertThat(heading.getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(visitor.driver().findElement(By.cssSelector("h1")).getCssValue("direction")).isEqualTo("ltr");
            assertThat(heading.getCssValue("direction")).isEqualTo("rtl");
            WebElement summary = visitor.driver().findElement(By.cssSelector(".course-summary"));
            assertThat(summary.getText()).isEqualTo(ARABIC_SUMMARY);
            assertThat(summary.getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(visitor.driver().findElements(By.cssSelector(".course-outcomes[lang]")))
                    .as("untranslated outcomes are English, the page's language: no lang to mark").isEmpty();
            assertThat(visitor.driver().findElement(By.cssSelector(".languages button[lang='ar']")).getDomAttribute("aria-current"))
                    .isEqualTo("true");
            assertThat(visitor.text()).contains("Dates and places");
            assertThat(visitor.accessibilityViolations()).isEmpty();

            visitor.open("/");
            WebElement card = visitor.driver().findElement(By.cssSelector(".card__title a[href$='/courses/" + slug + "']"));
            assertThat(card.getText()).isEqualTo(ARABIC_TITLE);
            assertThat(card.getDomAttribute("lang")).isEqualTo("ar");
            assertThat(card.getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(visitor.accessibilityViolations()).isEmpty();

            visitor.open("/courses/" + slug);
            visitor.press("Polski");
            assertThat(visitor.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("pl");
            WebElement englishHeading = visitor.driver().findElement(By.cssSelector("h1 .course-title"));
            assertThat(englishHeading.getText()).isEqualTo(title);
            assertThat(englishHeading.getDomAttribute("lang")).as("English fallback on a Polish page").isEqualTo("en");
            assertThat(englishHeading.getDomAttribute("dir")).isNull();
            assertThat(visitor.driver().findElement(By.cssSelector(".course-summary")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(visitor.text()).contains("Terminy i miejsca");
            assertThat(visitor.accessibilityViolations()).isEmpty();

            visitor.open("/");
            WebElement polishCard = visitor.driver().findElement(By.cssSelector(".card__title a[href$='/courses/" + slug + "']"));
            assertThat(polishCard.getText()).isEqualTo(title);
            assertThat(polishCard.getDomAttribute("lang")).isEqualTo("en");
            assertThat(visitor.accessibilityViolations()).isEmpty();
            assertThat(visitor.driver().manage().getCookieNamed("JSESSIONID")).as("anonymous pages stay sessionless").isNull();
        }
    }
}
