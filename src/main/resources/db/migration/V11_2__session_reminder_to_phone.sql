-- Reminders before every session: one row per session and place claims the reminder, so that two
-- instances running the reminder job at once never send it twice.
CREATE TABLE session_reminder (
    session_id   BIGINT NOT NULL REFERENCES course_session (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolment (id),
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_session_reminder PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX ix_session_reminder_enrolment ON session_reminder (enrolment_id);

-- What a person who asked not to be e-mailed needs to be told: the office phones them instead.
CREATE TABLE to_phone (
    id         BIGINT PRIMARY KEY,
    version    BIGINT        NOT NULL,
    student_id BIGINT        NOT NULL REFERENCES student (id),
    topic      VARCHAR(64)   NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    message    VARCHAR(20000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at    TIMESTAMP WITH TIME ZONE,
    done_by    VARCHAR(254)
);
CREATE INDEX ix_to_phone_open ON to_phone (done_at, created_at);
CREATE INDEX ix_to_phone_student ON to_phone (student_id);
