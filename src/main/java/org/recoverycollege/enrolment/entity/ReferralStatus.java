package org.recoverycollege.enrolment.entity;

/** Where the office is with a staff referral. */
public enum ReferralStatus {
    /** Received; nobody has spoken to the person yet. */
    OPEN,
    /** The office has been in touch with the person. */
    CONTACTED,
    /** The person agreed to be registered; the office recorded how, when and who. */
    CONSENT_RECORDED,
    /** The person's account has been made. */
    ACCOUNT_MADE,
    /** The person did not want to be registered; their details are gone. */
    DECLINED
}
