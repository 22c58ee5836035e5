package org.recoverycollege.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.recoverycollege.catalogue.control.CourseTranslations;
import org.recoverycollege.catalogue.control.TranslationDraft;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.control.ContentLanguages;
import org.recoverycollege.platform.web.UserMessages;

/**
 * The translations of the course being edited on {@code /admin/courses}: one per language the college
 * offers, each added, changed or deleted here.
 */
@Named
@ViewScoped
public class CourseTranslationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseTranslations translations;

    @Inject
    private CoursesBacking courses;

    private Long courseId;
    private TranslationDraft draft = new TranslationDraft();
    private boolean editing;
    private transient List<CourseTranslation> list;

    /** The course being edited, or null; a different course starts afresh. */
    private Long course() {
        Long current = courses.getDraft().getId();
        if (!Objects.equals(current, courseId)) {
            courseId = current;
            startNew();
        }
        return courseId;
    }

    public List<CourseTranslation> getTranslations() {
        Long id = course();
        if (id == null) {
            return List.of();
        }
        if (list == null) {
            list = translations.translationsOf(id);
        }
        return list;
    }

    /** Offered languages without a translation of this course yet, for adding one. */
    public List<String> getMissingLanguages() {
        Set<String> done = getTranslations().stream().map(CourseTranslation::getLanguage).collect(Collectors.toSet());
        return translations.translatableLanguages().stream().filter(l -> !done.contains(l)).toList();
    }

    public boolean isOffersOtherLanguages() {
        return !translations.translatableLanguages().isEmpty();
    }

    public String languageName(String code) {
        return ContentLanguages.nativeName(code) + " (" + code + ")";
    }

    public String dir(String code) {
        return ContentLanguages.isRightToLeft(code) ? "rtl" : "ltr";
    }

    public void edit(String language) {
        translations.findTranslation(course(), language).ifPresent(t -> {
            draft = TranslationDraft.of(t);
            editing = true;
        });
    }

    public void startNew() {
        draft = new TranslationDraft();
        editing = false;
        list = null;
    }

    public void save() {
        Long id = course();
        String language = draft.getLanguage();
        if (id != null) {
            translations.save(Faces.getRemoteUser(), id, draft);
            UserMessages.info("translations.saved", languageName(language));
            startNew();
        }
    }

    public void delete(String language) {
        Long id = course();
        if (id != null) {
            translations.delete(Faces.getRemoteUser(), id, language);
            UserMessages.info("translations.deleted", languageName(language));
            startNew();
        }
    }

    public TranslationDraft getDraft() {
        return draft;
    }

    public boolean isEditing() {
        return editing;
    }

    /** A message from the bundle naming a length, for the length validators. */
    public String message(String key, int max) {
        return UserMessages.text(key, max);
    }

    public int getTitleMax() {
        return CourseTranslation.TITLE_MAX;
    }

    public int getTextMax() {
        return CourseTranslation.TEXT_MAX;
    }
}
