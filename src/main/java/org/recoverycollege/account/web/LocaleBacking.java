package org.recoverycollege.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The page's language, for {@code <f:view locale>} and the {@code lang} attribute. */
@Named
@RequestScoped
public class LocaleBacking {

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.resolve(request);
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    /** The address of the current page, to come back to after switching language. */
    public String getReturnPath() {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }
}
