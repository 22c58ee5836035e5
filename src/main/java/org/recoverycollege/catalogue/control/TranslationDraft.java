package org.recoverycollege.catalogue.control;

import java.io.Serializable;
import org.recoverycollege.catalogue.entity.CourseTranslation;

/**
 * What an administrator types for a course's translation into one language. The service checks it
 * (lengths from {@link CourseTranslation}) and refuses with a message key naming the problem.
 */
public class TranslationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language;
    private String title;
    private String summary;
    private String easyReadSummary;
    private String learningOutcomes;

    public static TranslationDraft of(CourseTranslation translation) {
        TranslationDraft draft = new TranslationDraft();
        draft.language = translation.getLanguage();
        draft.title = translation.getTitle();
        draft.summary = translation.getSummary();
        draft.easyReadSummary = translation.getEasyReadSummary();
        draft.learningOutcomes = translation.getLearningOutcomes();
        return draft;
    }

    public static TranslationDraft of(String language, String title, String summary, String easyReadSummary,
            String learningOutcomes) {
        TranslationDraft draft = new TranslationDraft();
        draft.language = language;
        draft.title = title;
        draft.summary = summary;
        draft.easyReadSummary = easyReadSummary;
        draft.learningOutcomes = learningOutcomes;
        return draft;
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getEasyReadSummary() { return easyReadSummary; }
    public void setEasyReadSummary(String easyReadSummary) { this.easyReadSummary = easyReadSummary; }
    public String getLearningOutcomes() { return learningOutcomes; }
    public void setLearningOutcomes(String learningOutcomes) { this.learningOutcomes = learningOutcomes; }
}
