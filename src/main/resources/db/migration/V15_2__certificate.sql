-- Certificates of attendance: one per completed place, made when first downloaded. The code is printed on
-- the certificate as its number; "issue again" (an administrator, e.g. after a name change) moves the issue
-- date on and counts the issues.
CREATE TABLE certificate (
    id              BIGINT PRIMARY KEY,
    version         BIGINT      NOT NULL,
    enrolment_id    BIGINT      NOT NULL REFERENCES enrolment (id),
    code            VARCHAR(16) NOT NULL,
    first_issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issue_count     INTEGER     NOT NULL,
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT ck_certificate_issue_count CHECK (issue_count >= 1)
);
