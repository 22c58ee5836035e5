package org.recoverycollege.catalogue.web;

import java.io.Serializable;
import org.recoverycollege.catalogue.control.TranslationDraft;
import org.recoverycollege.catalogue.entity.CourseTranslation;
import org.recoverycollege.platform.web.UserMessages;

/**
 * The form on {@code /admin/courses} for one translation of the course being edited: a new one, or an
 * existing one being changed (whose language is then fixed). Carries the length limits its fields show.
 */
public class TranslationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TranslationDraft draft;
    private final boolean editing;

    /** An empty form for a new translation. */
    public TranslationForm() {
        this(new TranslationDraft(), false);
    }

    /** The form filled in with an existing translation, to change it. */
    public TranslationForm(CourseTranslation existing) {
        this(TranslationDraft.of(existing), true);
    }

    private TranslationForm(TranslationDraft draft, boolean editing) {
        this.draft = draft;
        this.editing = editing;
    }

    public TranslationDraft getDraft() {
        return draft;
    }

    /** An existing translation is being changed, not a new one added. */
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
