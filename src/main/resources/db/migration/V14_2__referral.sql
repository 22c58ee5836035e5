-- Staff referrals: a member of staff refers someone; the office follows up, records the person's consent and
-- only then makes an account. A declined referral keeps only its dates, the referring team and its state.
CREATE TABLE referral (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    person_name        VARCHAR(120),
    person_email       VARCHAR(254),
    person_phone       VARCHAR(32),
    person_address     VARCHAR(500),
    interests          VARCHAR(2000),
    referrer_name      VARCHAR(120),
    referrer_team      VARCHAR(120)  NOT NULL,
    referrer_email     VARCHAR(254),
    status             VARCHAR(24)   NOT NULL,
    consent_how        VARCHAR(16),
    consent_on         DATE,
    consent_by         VARCHAR(254),
    student_id         BIGINT REFERENCES student (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_referral_status CHECK (status IN ('OPEN', 'CONTACTED', 'CONSENT_RECORDED', 'ACCOUNT_MADE', 'DECLINED')),
    CONSTRAINT ck_referral_consent_how CHECK (consent_how IS NULL OR consent_how IN ('IN_PERSON', 'BY_PHONE', 'IN_WRITING')),
    CONSTRAINT ck_referral_account_needs_consent CHECK (status <> 'ACCOUNT_MADE' OR consent_on IS NOT NULL)
);
CREATE INDEX ix_referral_status ON referral (status, created_at);
