package org.recoverycollege.notification.control;

/**
 * Lets a higher feature keep a mail from going out because its recipient asked not to be e-mailed. Every
 * mail passes through {@link MailOutbox}, which asks each implementation before it stores one.
 */
public interface MailHold {

    /**
     * True when the mail must not be sent; the implementation then records, in the caller's transaction,
     * what the person needs to be told instead (for instance on the office's list of people to phone).
     */
    boolean holdInstead(String recipient, String template, String subject, String body);
}
