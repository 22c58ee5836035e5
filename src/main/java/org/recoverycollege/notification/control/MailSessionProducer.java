package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP session, configured from MicroProfile Config (so from environment variables in production). */
@ApplicationScoped
public class MailSessionProducer {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    @ConfigProperty(name = "app.mail.host", defaultValue = "localhost")
    private String host;

    @Inject
    @ConfigProperty(name = "app.mail.port", defaultValue = "2525")
    private int port;

    @Inject
    @ConfigProperty(name = "app.mail.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "app.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "app.mail.starttls", defaultValue = "false")
    private boolean startTls;

    private Session session;

    /** Session is a final class, so it cannot be a normal-scoped bean; this bean keeps the one instance. */
    @Produces
    synchronized Session mailSession() {
        if (session == null) {
            session = createSession();
        }
        return session;
    }

    private Session createSession() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
