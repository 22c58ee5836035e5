package org.recoverycollege.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one outgoing mail over SMTP: plain text, with the calendar file attached when there is one. */
@ApplicationScoped
public class MailSender {

    @Inject
    private Session session;

    @Inject
    @ConfigProperty(name = "app.mail.from", defaultValue = "Recovery College <college@example.org>")
    private String from;

    public void send(OutboxStore.OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.ics().isEmpty()) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new jakarta.activation.DataHandler(
                    new ByteArrayDataSource(mail.ics().get(), "text/calendar; charset=UTF-8; method=PUBLISH")));
            calendar.setFileName("course.ics");
            message.setContent(new MimeMultipart(text, calendar));
        }
        Transport.send(message);
    }
}
