package org.recoverycollege.platform.control;

import java.math.BigDecimal;

/** The college's settings, each with its default and the range an administrator may choose from. */
public enum Setting {
    /** Percentage of sessions attended that completes a run (70% is the marker used in research). */
    COMPLETION_THRESHOLD_PERCENT("completion.threshold-percent", "70", 1, 100),
    /** Days after a session during which its tutors may still edit the register. */
    REGISTER_EDIT_DAYS("register.edit-days", "7", 0, 365),
    /** Minutes a tutor needs between sessions at different venues. */
    TRAVEL_GAP_MINUTES("pairing.travel-gap-minutes", "60", 0, 480),
    /** Fee per session delivered by a paid co-producer, in pounds. */
    SESSIONAL_FEE("payment.sessional-fee", "75.00", 0, 10000),
    /** Fee per session delivered by a contributor, in pounds. */
    CONTRIBUTOR_FEE("payment.contributor-fee", "40.00", 0, 10000),
    /** Expenses per session delivered by a volunteer, in pounds. */
    VOLUNTEER_EXPENSES("payment.volunteer-expenses", "10.00", 0, 10000),
    /**
     * Most a person may earn from the college in a week (Monday to Sunday) before their tutor page and the
     * payments export warn: UK permitted work while on benefits, about £195.50 a week in 2026; 0 turns it off.
     */
    PERMITTED_EARNINGS_WEEKLY("payment.permitted-earnings-weekly", "195.50", 0, 10000),
    /** Days before a run's first session that students are reminded. */
    REMINDER_DAYS_BEFORE("reminder.days-before", "2", 1, 30),
    /** Enrolment on a run closes when this session starts (2: people may still join before the second session). */
    ENROLMENT_CLOSES_AT_SESSION("enrolment.closes-at-session", "2", 1, 52),
    /**
     * Hours a person first on the waiting list has to accept a freed place before it passes to the next person;
     * 0 gives freed places to the waiting list at once, without asking.
     */
    WAITING_LIST_OFFER_HOURS("enrolment.offer-hours", "0", 0, 336),
    /** Sessions missed without apology in a row that call for a follow-up (the first session always does). */
    FOLLOW_UP_ABSENCES_IN_A_ROW("follow-up.absences-in-a-row", "2", 1, 10),
    /** Months after a student's last activity after which their personal data is erased automatically. */
    RETENTION_MONTHS("retention.months-after-last-activity", "24", 1, 240),
    /** Days after which a sent mail loses its text and address. */
    MAIL_RETENTION_DAYS("retention.mail-days", "30", 1, 3650),
    /** Longest a pairing solve runs, in seconds (it stops sooner once it stops improving). */
    PAIRING_TIME_LIMIT_SECONDS("pairing.time-limit-seconds", "30", 1, 600),
    /** Weight of spreading sessions fairly across tutors, relative to their weekly maximum. */
    PAIRING_WEIGHT_FAIR_SHARE("pairing.weight.fair-share", "1", 0, 1000),
    /** Weight of giving tutors the courses they chose as preferred. */
    PAIRING_WEIGHT_PREFERRED_COURSE("pairing.weight.preferred-course", "30", 0, 1000),
    /** Weight of pairing tutors with the partners they prefer, and not with those they avoid. */
    PAIRING_WEIGHT_PARTNERS("pairing.weight.partners", "40", 0, 1000),
    /** Weight of pairing a newly trained peer trainer with an experienced professional. */
    PAIRING_WEIGHT_NEW_PEER("pairing.weight.new-peer", "60", 0, 1000),
    /** Weight of choosing tutors whose weekly slots name the run's venue. */
    PAIRING_WEIGHT_VENUE("pairing.weight.venue", "10", 0, 1000),
    /** Days before a tutor's readiness item (DBS check, safeguarding...) expires that the tutor and office are told. */
    READINESS_REMINDER_DAYS_BEFORE("readiness.reminder-days-before", "30", 1, 365),
    /** Weight of keeping the previous proposal when solving again. */
    PAIRING_WEIGHT_STABILITY("pairing.weight.stability", "50", 0, 1000),
    /**
     * The languages course texts are offered in, as ISO 639 codes separated by commas ("en,pl,ar");
     * English, the catalogue's own language, is always offered.
     */
    CONTENT_LANGUAGES("content.languages", "en,pl", 0, 0) {
        @Override
        public String validate(String value) {
            return ContentLanguages.validate(value);
        }

        @Override
        public boolean isLanguageList() {
            return true;
        }
    };

    private final String key;
    private final String defaultValue;
    private final int min;
    private final int max;

    Setting(String key, String defaultValue, int min, int max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** A list of language codes rather than a number. */
    public boolean isLanguageList() {
        return false;
    }

    public boolean isMoney() {
        return defaultValue.contains(".");
    }

    /**
     * The value in its stored form, or an {@link IllegalArgumentException} naming the allowed range when
     * it is not a number in range (money with at most two decimals).
     */
    public String validate(String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0
                    || (isMoney() ? number.scale() > 2 : number.stripTrailingZeros().scale() > 0)) {
                throw new IllegalArgumentException(outOfRange());
            }
            return isMoney() ? number.setScale(2).toPlainString() : String.valueOf(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(outOfRange(), e);
        }
    }

    private String outOfRange() {
        return key + " must be " + (isMoney() ? "an amount" : "a whole number") + " from " + min + " to " + max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
