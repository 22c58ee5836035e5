package org.recoverycollege.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recoverycollege.platform.entity.AuditEntry;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.platform.control.Setting;
import org.recoverycollege.platform.control.SettingsAdmin;
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
        assertEquals(java.util.Set.of(slug), arabic.keySet());
        assertEquals(ARABIC_TITLE, arabic.get(slug).title());
        assertEquals(ARABIC_SUMMARY, arabic.get(slug).summary());
        assertNull(arabic.get(slug).learningOutcomes(), "blank means the English text");
        assertEquals("Kurs przetłumaczony", translations.textsFor(List.of(slug), "pl").get(slug).title());
        assertTrue(translations.textsFor(List.of(slug), "en").isEmpty(), "English is the course itself");
        assertTrue(translations.textsFor(List.of(), "ar").isEmpty());

        // saving the same language again changes the one translation
        translations.save(ADMIN, courseId, TranslationDraft.of("ar", ARABIC_TITLE + " ٢", ARABIC_SUMMARY, null, null));
        List<CourseTranslation> all = translations.translationsOf(courseId);
        assertEquals(List.of("ar", "pl"), all.stream().map(CourseTranslation::getLanguage).toList());
        long arabicId = all.get(0).getId();
        List<String> audited = auditOf(arabicId).stream()
                .map(a -> a.getAction() + " " + a.getFieldName() + " " + a.getNewValue()).toList();
        assertTrue(audited.contains("CREATE null null"), audited::toString);
        assertTrue(audited.contains("UPDATE title " + ARABIC_TITLE), audited::toString);
        assertTrue(audited.contains("UPDATE title " + ARABIC_TITLE + " ٢"), audited::toString);

        // a language the college stops offering is no longer shown
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl"));
        assertTrue(translations.textsFor(List.of(slug), "ar").isEmpty());
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl,ar"));

        translations.delete(ADMIN, courseId, "ar");
        assertEquals(List.of("pl"), translations.translationsOf(courseId).stream().map(CourseTranslation::getLanguage).toList());
        assertTrue(auditOf(arabicId).stream().anyMatch(a -> "DELETE".equals(a.getAction())));

        // deleting the course deletes its translations
        catalogue.delete(ADMIN, courseId);
        assertTrue(translations.translationsOf(courseId).isEmpty());
    }

    @Test
    void translationsAreRefusedWithAReasonAPersonCanAct() {
        settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,pl,ar"));
        long courseId = newCourse(UUID.randomUUID().toString().substring(0, 8));
        assertEquals("translations.languageNotOffered", refusal(() -> translations.save(ADMIN, courseId, TranslationDraft.of("de", "Titel", null, null, null))));
        assertEquals("translations.languageNotOffered", refusal(() -> translations.save(ADMIN, courseId, TranslationDraft.of("en", "Title", null, null, null))));
        assertEquals("translations.titleRequired", refusal(() -> translations.save(ADMIN, courseId, TranslationDraft.of("pl", " ", null, null, null))));
        assertEquals("translations.titleTooLong", refusal(() -> translations.save(ADMIN, courseId,
                TranslationDraft.of("pl", "x".repeat(Course.TITLE_MAX + 1), null, null, null))));
        assertEquals("translations.summaryTooLong", refusal(() -> translations.save(ADMIN, courseId,
                TranslationDraft.of("pl", "Tytuł", "x".repeat(Course.TEXT_MAX + 1), null, null))));
        assertEquals("translations.notFound", refusal(() -> translations.delete(ADMIN, courseId, "pl")));
        assertEquals("settings.languagesInvalid", refusal(() -> settings.change(ADMIN, Map.of(Setting.CONTENT_LANGUAGES, "en,klingon"))));
        assertTrue(translations.translationsOf(courseId).isEmpty());
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
