-- A tutor's readiness to deliver: induction, safeguarding training, DBS check and other items the
-- college checks, each with the day it was completed and, for items that lapse, the day it expires.
-- reminded_for holds the expiry date a reminder was last sent for, so each reminder goes out once per
-- item and expiry date, however many instances run the daily job.
CREATE TABLE tutor_readiness (
    id           BIGINT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    tutor_id     BIGINT      NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    item         VARCHAR(32) NOT NULL,
    completed_on DATE        NOT NULL,
    expires_on   DATE,
    reminded_for DATE,
    CONSTRAINT uq_tutor_readiness_item UNIQUE (tutor_id, item),
    CONSTRAINT ck_tutor_readiness_item CHECK (item IN ('INDUCTION', 'SAFEGUARDING', 'DBS_CHECK',
        'INFORMATION_GOVERNANCE', 'FIRST_AID')),
    CONSTRAINT ck_tutor_readiness_dates CHECK (expires_on IS NULL OR expires_on > completed_on)
);
CREATE INDEX ix_tutor_readiness_expires ON tutor_readiness (expires_on);
