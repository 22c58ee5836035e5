package org.recoverycollege.notification.control;

/** A mail was queued; observed after the transaction commits to send it without waiting for the sweep. */
public record MailQueued(long mailId) {
}
