package org.recoverycollege.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recoverycollege.platform.control.ContentLanguages;
import org.recoverycollege.platform.control.LocalisedText;

/**
 * The page's language, for {@code <f:view locale>} and the {@code lang} attribute, and the language of
 * course texts, which may be one the interface does not speak (then the interface is English).
 */
@Named
@RequestScoped
public class LocaleBacking {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ContentLanguages contentLanguages;

    private Locale locale;
    private String contentLanguage;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.resolve(request);
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    /** The writing direction of the interface, for {@code <html dir>}. */
    public String getDirection() {
        return ContentLanguages.isRightToLeft(getLocale().getLanguage()) ? "rtl" : "ltr";
    }

    /**
     * The language course texts are shown in: the visitor's choice when the college offers texts in it,
     * otherwise the interface's language.
     */
    public String getContentLanguage() {
        if (contentLanguage == null) {
            String ui = getLocale().getLanguage();
            contentLanguage = Languages.chosen(request)
                    .filter(chosen -> chosen.equals(ui) || contentLanguages.isOffered(chosen))
                    .orElse(ui);
        }
        return contentLanguage;
    }

    /** A course text in the content language when there is one, else English, marked for this page. */
    public LocalisedText text(String original, String translated) {
        return LocalisedText.choose(original, translated, getContentLanguage(), getLocale().getLanguage());
    }

    /** The language switch: the interface's languages, then the other languages of course texts. */
    public List<LanguageChoice> getLanguageChoices() {
        Set<String> codes = new LinkedHashSet<>();
        Languages.SUPPORTED.forEach(l -> codes.add(l.getLanguage()));
        codes.addAll(contentLanguages.offered());
        List<LanguageChoice> choices = new ArrayList<>();
        for (String code : codes) {
            choices.add(new LanguageChoice(code, ContentLanguages.nativeName(code), ContentLanguages.isRightToLeft(code),
                    code.equals(getContentLanguage())));
        }
        return choices;
    }

    /** The address of the current page, to come back to after switching language. */
    public String getReturnPath() {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }
}
