package org.recoverycollege.platform.control;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text shown to a visitor, with the language it is really in. A page whose language differs from the
 * text's marks the element holding it with {@link #lang()} and, when the writing direction differs,
 * {@link #dir()}; both are null when the text is in the page's language and direction, so the page
 * writes no attribute. Pages call them as methods ({@code #{title.lang()}}); the text is the component
 * {@code #{title.text}}.
 *
 * @param text the text, or null when there is none in any language
 * @param language the ISO 639 code of the text's language
 * @param pageLanguage the ISO 639 code of the page's (interface) language
 */
public record LocalisedText(String text, String language, String pageLanguage) implements Serializable {

    /** The language the catalogue is written in: every course has its texts in English. */
    public static final String ORIGINAL = "en";

    /**
     * The fallback rule: the translated text when there is one (not null or blank), otherwise the English
     * original, each marked with its language.
     *
     * @param original the English text (may be null: then there is no text at all unless translated)
     * @param translated the text in the visitor's content language, or null
     * @param contentLanguage the visitor's content language (the translation's language)
     * @param pageLanguage the language of the page around the text
     */
    public static LocalisedText choose(String original, String translated, String contentLanguage, String pageLanguage) {
        String page = languageOf(pageLanguage);
        if (translated != null && !translated.isBlank()) {
            return new LocalisedText(translated, languageOf(contentLanguage), page);
        }
        return new LocalisedText(original, ORIGINAL, page);
    }

    /** The language part of a tag, lower case: "en-GB" gives "en". */
    public static String languageOf(String languageTag) {
        return Locale.forLanguageTag(languageTag == null ? ORIGINAL : languageTag.replace('_', '-')).getLanguage();
    }

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    /** The {@code lang} attribute: the text's language when it differs from the page's, else null. */
    public String lang() {
        return language.equals(pageLanguage) ? null : language;
    }

    /** The {@code dir} attribute: set only when the text runs in another direction than the page. */
    public String dir() {
        boolean rtl = ContentLanguages.isRightToLeft(language);
        return rtl == ContentLanguages.isRightToLeft(pageLanguage) ? null : (rtl ? "rtl" : "ltr");
    }

    @Override
    public String toString() {
        return text == null ? "" : text;
    }
}
