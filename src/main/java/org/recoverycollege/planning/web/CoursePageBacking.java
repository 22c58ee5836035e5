package org.recoverycollege.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverycollege.account.web.LocaleBacking;
import org.recoverycollege.catalogue.control.CourseTranslations;
import org.recoverycollege.catalogue.control.TranslatedTexts;
import org.recoverycollege.planning.control.CourseDetails;
import org.recoverycollege.planning.control.CoursePages;
import org.recoverycollege.platform.control.LocalisedText;
import org.recoverycollege.platform.web.UserMessages;

/**
 * {@code /courses/<slug>}: a course, its runs, sessions, venues and places. {@code ?read=easy} shows the
 * easy-read summary first; both are plain links, so the page needs no HTTP session. The course's texts
 * are in the visitor's content language where translated, else in English, each marked with its language.
 */
@Named
@RequestScoped
public class CoursePageBacking {

    @Inject
    private CoursePages pages;

    @Inject
    private FacesContext faces;

    @Inject
    private CourseTranslations translations;

    @Inject
    private LocaleBacking localeBacking;

    private String slug;
    private String read;
    private CourseDetails course;
    private TranslatedTexts translated;
    private TranslatedTexts prerequisiteTranslated;

    /** Loads the course on the view action; an unknown slug gives the not-found page. */
    public void load() throws IOException {
        Optional<CourseDetails> found = slug == null ? Optional.empty() : pages.findBySlug(slug);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, UserMessages.text("course.notFound"));
            faces.responseComplete();
            return;
        }
        course = found.get();
        List<String> slugs = new ArrayList<>(List.of(course.slug()));
        if (course.prerequisiteSlug() != null) {
            slugs.add(course.prerequisiteSlug());
        }
        Map<String, TranslatedTexts> texts = translations.textsFor(slugs, localeBacking.getContentLanguage());
        translated = texts.get(course.slug());
        prerequisiteTranslated = course.prerequisiteSlug() == null ? null : texts.get(course.prerequisiteSlug());
    }

    public LocalisedText getTitle() {
        return localeBacking.text(course.title(), translated == null ? null : translated.title());
    }

    /** The easy-read summary when asked for and there is one, else the standard summary. */
    public LocalisedText getSummary() {
        return isEasyRead() ? getEasyReadSummary()
                : localeBacking.text(course.summary(), translated == null ? null : translated.summary());
    }

    private LocalisedText getEasyReadSummary() {
        return localeBacking.text(course.easyReadSummary(), translated == null ? null : translated.easyReadSummary());
    }

    public LocalisedText getLearningOutcomes() {
        return localeBacking.text(course.learningOutcomes(), translated == null ? null : translated.learningOutcomes());
    }

    public LocalisedText getPrerequisiteTitle() {
        return localeBacking.text(course.prerequisiteTitle(),
                prerequisiteTranslated == null ? null : prerequisiteTranslated.title());
    }

    /** There is an easy-read summary in the visitor's language or in English. */
    public boolean isHasEasyRead() {
        return course != null && !getEasyReadSummary().isEmpty();
    }

    public CourseDetails getCourse() {
        return course;
    }

    public boolean isEasyRead() {
        return "easy".equals(read) && isHasEasyRead();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getRead() {
        return read;
    }

    public void setRead(String read) {
        this.read = read;
    }
}
