package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Mail texts from the resource bundle ({@code mail.<template>.subject} and {@code .body}), in a language. */
@ApplicationScoped
public class MailTemplates {

    private static final String BUNDLE = "i18n.messages";

    public String subject(String template, Locale language, Object... arguments) {
        return format("mail." + template + ".subject", language, arguments);
    }

    public String body(String template, Locale language, Object... arguments) {
        return format("mail." + template + ".body", language, arguments) + "\n\n"
                + format("mail.signature", language);
    }

    private String format(String key, Locale language, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, getClass().getClassLoader());
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
