package org.recoverycollege.involvement.entity;

/** What a payment line pays: a paid co-producer's sessional fee, a contributor's fee, or expenses. */
public enum PaymentKind {
    SESSIONAL_FEE,
    CONTRIBUTOR_FEE,
    EXPENSES
}
