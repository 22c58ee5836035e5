package org.recoverycollege.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
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
    private CourseTranslations translations;

    @Inject
    private LocaleBacking localeBacking;

    /** The course's slug: {@link CoursePathFilter} passes {@code /courses/<slug>} on as this parameter. */
    @Inject
    @Param
    private String slug;

    @Inject
    @Param
    private String read;

    private CourseDetails course;
    private TranslatedTexts translated;
    private TranslatedTexts prerequisiteTranslated;

    /** Loads the course on the view action; an unknown slug gives the not-found page. */
    public void load() throws IOException {
        Optional<CourseDetails> found = slug == null ? Optional.empty() : pages.findBySlug(slug);
        if (found.isEmpty()) {
            Faces.responseSendError(404, UserMessages.text("course.notFound"));
            return;
        }
        course = found.get();
        Map<String, TranslatedTexts> texts = translations.textsFor(course.shownSlugs(), localeBacking.getContentLanguage());
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
}
