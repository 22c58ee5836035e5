package org.recoverycollege.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.recoverycollege.account.entity.AuditEntry;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.platform.control.SettingsAdmin;
import org.recoverycollege.testing.Browser;
import org.recoverycollege.testing.Deployments;
import org.recoverycollege.testing.incontainer.Transactions;

/**
 * Course texts in several languages: the translation service inside Payara Micro (in-container tests),
 * then, in headless Chromium against the demo college, an administrator adding an Arabic translation and
 * visitors reading the course page and the prospectus in Arabic (right to left) and in Polish (English
 * fallback marked as English).
 */
@ExtendWith(ArquillianExtension.class)
class CourseTranslationsIT {

    private static final String ADMIN = "translations-it@example.org";
    private static final String ARABIC_TITLE = "التعافي خطوة بخطوة";
    private static final String ARABIC_SUMMARY = "دورة للتعرف على التعافي مع أشخاص مرّوا بتجارب مماثلة.";

    @Deployment
    static WebArchive application() {
        return Deployments.application();
    }

    @Inject
    private CourseTranslations translations;
    @Inject
    private CourseCatalogue catalogue;
    @Inject
    private SettingsAdmin settings;
    @Inject
    private Transactions tx;

    @ArquillianResource
    private URL base;

    private long newCourse(String tag) {
        CourseDraft draft = new CourseDraft();
        draft.setTitle("Translated course " + tag);
        draft.setSummary("A course about hope, in English.");
        draft.setLearningOutcomes("Name three things that help.");
        draft.setCategoryId(catalogue.categories().get(0).getId());
        return catalogue.save(ADMIN, draft);
    }

    private List<AuditEntry> auditOf(long translationId) {
        return tx.call(em -> em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = 'CourseTranslation' "
                + "AND a.entityId = :id ORDER BY a.id", AuditEntry.class).setParameter("id", translationId).getResultList());
    }

    @Test
    void aTranslationIsAddedChangedReadForAPageOfCoursesAndDeletedWithEveryChangeAudited() {
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl,ar"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long courseId = newCourse(tag);
        long untranslatedId = newCourse(tag + "-other");
        String slug = catalogue.getCourse(courseId).getSlug();
        String otherSlug = catalogue.getCourse(untranslatedId).getSlug();

        translations.save(ADMIN, courseId, TranslationDraft.of("ar", ARABIC_TITLE, ARABIC_SUMMARY, null, " "));
        translations.save(ADMIN, courseId, TranslationDraft.of("pl", "Kurs przetłumaczony", null, null, null));

        Map<String, TranslatedTexts> arabic = translations.textsFor(List.of(slug, otherSlug, slug), "ar");
        assertThat(arabic).containsOnlyKeys(slug);
        assertThat(arabic.get(slug).title()).isEqualTo(ARABIC_TITLE);
        assertThat(arabic.get(slug).summary()).isEqualTo(ARABIC_SUMMARY);
        assertThat(arabic.get(slug).learningOutcomes()).as("blank means the English text").isNull();
        assertThat(translations.textsFor(List.of(slug), "pl").get(slug).title()).isEqualTo("Kurs przetłumaczony");
        assertThat(translations.textsFor(List.of(slug), "en")).as("English is the course itself").isEmpty();
        assertThat(translations.textsFor(List.of(), "ar")).isEmpty();

        // saving the same language again changes the one translation
        translations.save(ADMIN, courseId, TranslationDraft.of("ar", ARABIC_TITLE + " ٢", ARABIC_SUMMARY, null, null));
        List<CourseTranslation> all = translations.translationsOf(courseId);
        assertThat(all).extracting(CourseTranslation::getLanguage).containsExactly("ar", "pl");
        long arabicId = all.get(0).getId();
        assertThat(auditOf(arabicId)).extracting(AuditEntry::getAction, AuditEntry::getFieldName, AuditEntry::getNewValue)
                .contains(org.assertj.core.groups.Tuple.tuple("CREATE", null, null),
                        org.assertj.core.groups.Tuple.tuple("UPDATE", "title", ARABIC_TITLE),
                        org.assertj.core.groups.Tuple.tuple("UPDATE", "title", ARABIC_TITLE + " ٢"));

        // a language the college stops offering is no longer shown
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl"));
        assertThat(translations.textsFor(List.of(slug), "ar")).isEmpty();
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl,ar"));

        translations.delete(ADMIN, courseId, "ar");
        assertThat(translations.translationsOf(courseId)).extracting(CourseTranslation::getLanguage).containsExactly("pl");
        assertThat(auditOf(arabicId)).extracting(AuditEntry::getAction).contains("DELETE");

        // deleting the course deletes its translations
        catalogue.delete(ADMIN, courseId);
        assertThat(translations.translationsOf(courseId)).isEmpty();
    }

    @Test
    void translationsAreRefusedWithAReasonAPersonCanAct() {
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl,ar"));
        long courseId = newCourse(UUID.randomUUID().toString().substring(0, 8));
        assertThat(refusal(() -> translations.save(ADMIN, courseId, TranslationDraft.of("de", "Titel", null, null, null))))
                .isEqualTo("translations.languageNotOffered");
        assertThat(refusal(() -> translations.save(ADMIN, courseId, TranslationDraft.of("en", "Title", null, null, null))))
                .isEqualTo("translations.languageNotOffered");
        assertThat(refusal(() -> translations.save(ADMIN, courseId, TranslationDraft.of("pl", " ", null, null, null))))
                .isEqualTo("translations.titleRequired");
        assertThat(refusal(() -> translations.save(ADMIN, courseId,
                TranslationDraft.of("pl", "x".repeat(Course.TITLE_MAX + 1), null, null, null))))
                .isEqualTo("translations.titleTooLong");
        assertThat(refusal(() -> translations.save(ADMIN, courseId,
                TranslationDraft.of("pl", "Tytuł", "x".repeat(Course.TEXT_MAX + 1), null, null))))
                .isEqualTo("translations.summaryTooLong");
        assertThat(refusal(() -> translations.delete(ADMIN, courseId, "pl"))).isEqualTo("translations.notFound");
        assertThat(refusal(() -> settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,klingon"))))
                .isEqualTo("settings.languagesInvalid");
        assertThat(translations.translationsOf(courseId)).isEmpty();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    @RunAsClient
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
            visitor.follow("العربية");
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
            assertThat(visitor.driver().findElement(By.cssSelector(".languages a[lang='ar']")).getDomAttribute("aria-current"))
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
            visitor.follow("Polski");
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
