package org.recoverycollege.catalogue.control;

import java.io.Serializable;
import org.recoverycollege.catalogue.entity.CourseTranslation;

/** A course's texts in one language as the public pages read them; null where the English text applies. */
public record TranslatedTexts(String language, String title, String summary, String easyReadSummary,
        String learningOutcomes) implements Serializable {

    static TranslatedTexts of(CourseTranslation translation) {
        return new TranslatedTexts(translation.getLanguage(), translation.getTitle(), translation.getSummary(),
                translation.getEasyReadSummary(), translation.getLearningOutcomes());
    }
}
