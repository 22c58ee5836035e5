package org.recoverycollege.notification.entity;

/** Where an outgoing mail stands: waiting to be (re)sent, sent, or given up after its last attempt. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
