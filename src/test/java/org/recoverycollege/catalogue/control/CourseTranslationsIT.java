package org.recoverycollege.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.account.entity.AuditEntry;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.platform.control.SettingsAdmin;
import org.recoverycollege.testing.Deployments;
import org.recoverycollege.testing.incontainer.Transactions;

/**
 * The translation service inside Payara Micro on PostgreSQL: translations added, changed, read for a page
 * of courses in one call, deleted, audited and refused with reasons; the browser side is
 * {@code CourseTranslationsBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class CourseTranslationsIT {

    private static final String ADMIN = "translations-it@example.org";
    static final String ARABIC_TITLE = "التعافي خطوة بخطوة";
    static final String ARABIC_SUMMARY = "دورة للتعرف على التعافي مع أشخاص مرّوا بتجارب مماثلة.";

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
}
