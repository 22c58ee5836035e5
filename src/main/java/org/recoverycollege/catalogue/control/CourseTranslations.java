package org.recoverycollege.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.recoverycollege.platform.control.AuditLog;
import org.recoverycollege.catalogue.entity.Course;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.control.ContentLanguages;
import org.recoverycollege.platform.control.LocalisedText;
import org.recoverycollege.platform.control.Refusal;

/**
 * Courses' texts in the other languages the college offers: administrators add, change and delete
 * translations (audited field by field); the public pages read them for a whole page of courses in one
 * query.
 */
@ApplicationScoped
@Transactional
public class CourseTranslations {

    static final String ENTITY = "CourseTranslation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private ContentLanguages languages;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CourseTranslation> translationsOf(long courseId) {
        return em.createNamedQuery(CourseTranslation.FIND_BY_COURSE, CourseTranslation.class)
                .setParameter("courseId", courseId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CourseTranslation> findTranslation(long courseId, String language) {
        return em.createNamedQuery(CourseTranslation.FIND_BY_COURSE_AND_LANGUAGE, CourseTranslation.class)
                .setParameter("courseId", courseId).setParameter("language", language).getResultStream().findFirst();
    }

    /** The offered languages a course can be translated into: every one but English. */
    public List<String> translatableLanguages() {
        return languages.offered().stream().filter(l -> !LocalisedText.ORIGINAL.equals(l)).toList();
    }

    /** The languages a course can still be translated into: offered ones not among its translations. */
    public List<String> untranslatedLanguages(Collection<CourseTranslation> translations) {
        Set<String> done = translations.stream().map(CourseTranslation::getLanguage).collect(Collectors.toSet());
        return translatableLanguages().stream().filter(l -> !done.contains(l)).toList();
    }

    /**
     * The translations of the courses with these slugs into the language, by slug, in one query; empty
     * for English, for a language the college does not offer, and for no slugs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TranslatedTexts> textsFor(Collection<String> slugs, String language) {
        if (slugs.isEmpty() || LocalisedText.ORIGINAL.equals(language) || !languages.isOffered(language)) {
            return Map.of();
        }
        Set<String> distinct = Set.copyOf(slugs);
        Map<String, TranslatedTexts> texts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(CourseTranslation.FIND_BY_SLUGS_AND_LANGUAGE, Object[].class)
                .setParameter("slugs", distinct).setParameter("language", language).getResultList()) {
            texts.put((String) row[0], TranslatedTexts.of((CourseTranslation) row[1]));
        }
        return texts;
    }

    /** Adds the translation into the draft's language, or replaces the texts of the existing one. */
    public void save(@NotBlank String actor, long courseId, @NotNull TranslationDraft draft) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new Refusal("catalogue.courseNotFound");
        }
        String language = draft.getLanguage() == null ? "" : draft.getLanguage().strip();
        if (!translatableLanguages().contains(language)) {
            throw new Refusal("translations.languageNotOffered", language);
        }
        check(draft);
        Optional<CourseTranslation> existing = findTranslation(courseId, language);
        if (existing.isEmpty()) {
            CourseTranslation translation = new CourseTranslation(course, language, draft.getTitle());
            translation.reword(draft.getTitle(), draft.getSummary(), draft.getEasyReadSummary(), draft.getLearningOutcomes());
            em.persist(translation);
            em.flush();
            audit.recorded(actor, AuditLog.CREATE, ENTITY, translation.getId());
            auditChanges(actor, translation.getId(), new TranslationDraft(), TranslationDraft.of(translation));
            return;
        }
        CourseTranslation translation = existing.get();
        TranslationDraft before = TranslationDraft.of(translation);
        translation.reword(draft.getTitle(), draft.getSummary(), draft.getEasyReadSummary(), draft.getLearningOutcomes());
        auditChanges(actor, translation.getId(), before, TranslationDraft.of(translation));
    }

    public void delete(@NotBlank String actor, long courseId, @NotBlank String language) {
        CourseTranslation translation = findTranslation(courseId, language)
                .orElseThrow(() -> new Refusal("translations.notFound"));
        long id = translation.getId();
        em.remove(translation);
        audit.recorded(actor, AuditLog.DELETE, ENTITY, id);
        audit.changed(actor, ENTITY, id, "language", language, null);
    }

    private static void check(TranslationDraft draft) {
        if (draft.getTitle() == null || draft.getTitle().isBlank()) {
            throw new Refusal("translations.titleRequired");
        }
        tooLong(draft.getTitle(), CourseTranslation.TITLE_MAX, "translations.titleTooLong");
        tooLong(draft.getSummary(), CourseTranslation.TEXT_MAX, "translations.summaryTooLong");
        tooLong(draft.getEasyReadSummary(), CourseTranslation.TEXT_MAX, "translations.easyReadTooLong");
        tooLong(draft.getLearningOutcomes(), CourseTranslation.TEXT_MAX, "translations.outcomesTooLong");
    }

    private static void tooLong(String text, int max, String messageKey) {
        if (text != null && text.strip().length() > max) {
            throw new Refusal(messageKey, max);
        }
    }

    private void auditChanges(String actor, long id, TranslationDraft before, TranslationDraft after) {
        audit.changed(actor, ENTITY, id, "language", before.getLanguage(), after.getLanguage());
        audit.changed(actor, ENTITY, id, "title", before.getTitle(), after.getTitle());
        audit.changed(actor, ENTITY, id, "summary", before.getSummary(), after.getSummary());
        audit.changed(actor, ENTITY, id, "easyReadSummary", before.getEasyReadSummary(), after.getEasyReadSummary());
        audit.changed(actor, ENTITY, id, "learningOutcomes", before.getLearningOutcomes(), after.getLearningOutcomes());
    }
}
