package org.recoverycollege.testing;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;

/** Mail the deployed applications sent to the test SMTP server (GreenMail), read as the person would. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    /** The first mail to this address with this subject, waiting up to a minute for the outbox to send it. */
    public static MimeMessage to(String recipient, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : IntegrationServers.mail().getReceivedMessages()) {
                boolean toRecipient = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                if (toRecipient && subject.equals(message.getSubject())) {
                    return message;
                }
            }
            IntegrationServers.mail().waitForIncomingEmail(1000, IntegrationServers.mail().getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + recipient);
    }

    /** The mail's text as the person reads it (decoded, whatever transfer encoding it was sent in). */
    public static String textOf(MimeMessage message) throws Exception {
        if (message.getContent() instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
        }
        return String.valueOf(message.getContent());
    }
}
