package org.recoverycollege.catalogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.recoverycollege.catalogue.control.CourseTranslations;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.control.Caller;
import org.recoverycollege.platform.control.ContentLanguages;
import org.recoverycollege.platform.web.UserMessages;

/**
 * The translations of the course being edited on {@code /admin/courses}: one per language the college
 * offers, each added, changed or deleted here. The page names languages with {@link ContentLanguages}'
 * functions ({@code o:importFunctions}).
 */
@Named
@ViewScoped
public class CourseTranslationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseTranslations translations;

    @Inject
    private CoursesBacking courses;

    @Inject
    private Caller caller;

    private Long courseId;
    private TranslationForm form = new TranslationForm();
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
        return translations.untranslatedLanguages(getTranslations());
    }

    public boolean isOffersOtherLanguages() {
        return !translations.translatableLanguages().isEmpty();
    }

    public void edit(String language) {
        translations.findTranslation(course(), language).ifPresent(t -> form = new TranslationForm(t));
    }

    public void startNew() {
        form = new TranslationForm();
        list = null;
    }

    public void save() {
        Long id = course();
        String language = form.getDraft().getLanguage();
        if (id != null) {
            translations.save(caller.name(), id, form.getDraft());
            UserMessages.info("translations.saved", ContentLanguages.label(language));
            startNew();
        }
    }

    public void delete(String language) {
        Long id = course();
        if (id != null) {
            translations.delete(caller.name(), id, language);
            UserMessages.info("translations.deleted", ContentLanguages.label(language));
            startNew();
        }
    }

    public TranslationForm getForm() {
        return form;
    }
}
