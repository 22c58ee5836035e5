package org.recoverycollege.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages for people, always from the resource bundle in the page's language. */
public final class UserMessages {

    private static final String BUNDLE_VAR = "msg";

    private UserMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE_VAR);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public static void errorFor(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    /**
     * An information message for the page the next redirect leads to. It travels in that redirect's
     * address, signed ({@link NoticeRedirects}, {@link RedirectNotices}), not in the Faces flash, which an
     * instance that did not write it may fail to decode.
     */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .put(NoticeRedirects.PENDING, Notice.of(key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
