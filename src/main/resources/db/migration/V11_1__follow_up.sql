-- A kind call to a person who stopped coming: one follow-up per place at most, opened by the register
-- (absent without apology at the first session, or at several sessions in a row) and closed with the
-- office's outcome.
CREATE TABLE follow_up (
    id           BIGINT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    enrolment_id BIGINT       NOT NULL REFERENCES enrolment (id),
    session_id   BIGINT       NOT NULL REFERENCES course_session (id),
    reason       VARCHAR(16)  NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(16),
    outcome_by   VARCHAR(254),
    outcome_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_follow_up_enrolment UNIQUE (enrolment_id),
    CONSTRAINT ck_follow_up_reason CHECK (reason IN ('FIRST_SESSION', 'IN_A_ROW')),
    CONSTRAINT ck_follow_up_outcome CHECK (outcome IS NULL
        OR outcome IN ('CONTACTED', 'COMING_BACK', 'WITHDREW', 'NO_ANSWER'))
);
CREATE INDEX ix_follow_up_open ON follow_up (outcome);
