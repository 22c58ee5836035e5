package org.recoverycollege.tutoring.entity;

/**
 * What the college checks before a tutor delivers: a fixed list, so every tutor's record reads the same
 * and the database can check it. An item counts only once recorded; a recorded item that has expired
 * stops the tutor from being paired or asked to cover.
 */
public enum ReadinessItem {
    INDUCTION,
    SAFEGUARDING,
    DBS_CHECK,
    INFORMATION_GOVERNANCE,
    FIRST_AID
}
