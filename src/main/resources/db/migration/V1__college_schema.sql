-- The whole Recovery College domain. Written for both PostgreSQL and H2 in PostgreSQL mode.
-- Rules that concurrency could break are constraints here, not only checks in Java.

-- One sequence serves every entity; EclipseLink allocates 50 ids at a time, so it starts at 50.
CREATE SEQUENCE entity_id_seq START WITH 50 INCREMENT BY 50;

-- ---------------------------------------------------------------- accounts and audit
CREATE TABLE user_account (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT       NOT NULL,
    email              VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(512),
    display_name       VARCHAR(120) NOT NULL,
    preferred_language VARCHAR(8)   NOT NULL DEFAULT 'en',
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    calendar_token     VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_user_account_email UNIQUE (email),
    CONSTRAINT uq_user_account_calendar_token UNIQUE (calendar_token),
    CONSTRAINT ck_user_account_email_lower CHECK (email = LOWER(email))
);

CREATE TABLE user_role (
    account_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role_name  VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT ck_user_role_name CHECK (role_name IN ('student', 'tutor', 'admin'))
);

CREATE TABLE password_reset (
    id          BIGINT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash)
);

CREATE TABLE audit_entry (
    id          BIGINT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   BIGINT,
    field_name  VARCHAR(64),
    old_value   VARCHAR(2000),
    new_value   VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

CREATE TABLE college_setting (
    setting_name  VARCHAR(64)  PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL
);

-- ---------------------------------------------------------------- catalogue
CREATE TABLE category (
    id          BIGINT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    slug        VARCHAR(80)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(1000),
    CONSTRAINT uq_category_slug UNIQUE (slug)
);

CREATE TABLE course (
    id                BIGINT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    slug              VARCHAR(80)   NOT NULL,
    title             VARCHAR(160)  NOT NULL,
    summary           VARCHAR(4000) NOT NULL,
    easy_read_summary VARCHAR(4000),
    learning_outcomes VARCHAR(4000),
    audience          VARCHAR(1000),
    category_id       BIGINT        NOT NULL REFERENCES category (id),
    session_count     INTEGER       NOT NULL,
    session_minutes   INTEGER       NOT NULL,
    delivery_mode     VARCHAR(16)   NOT NULL,
    prerequisite_id   BIGINT REFERENCES course (id),
    co_designed       BOOLEAN       NOT NULL DEFAULT FALSE,
    status            VARCHAR(16)   NOT NULL,
    CONSTRAINT uq_course_slug UNIQUE (slug),
    CONSTRAINT ck_course_sessions CHECK (session_count BETWEEN 1 AND 52),
    CONSTRAINT ck_course_minutes CHECK (session_minutes BETWEEN 15 AND 480),
    CONSTRAINT ck_course_mode CHECK (delivery_mode IN ('IN_PERSON', 'ONLINE', 'BLENDED')),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    CONSTRAINT ck_course_not_own_prerequisite CHECK (prerequisite_id IS NULL OR prerequisite_id <> id)
);

-- ---------------------------------------------------------------- planning
CREATE TABLE term (
    id               BIGINT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    starts_on        DATE         NOT NULL,
    ends_on          DATE         NOT NULL,
    prospectus_on    DATE         NOT NULL,
    enrolment_opens  DATE         NOT NULL,
    enrolment_closes DATE         NOT NULL,
    CONSTRAINT uq_term_name UNIQUE (name),
    CONSTRAINT ck_term_dates CHECK (starts_on <= ends_on),
    CONSTRAINT ck_term_enrolment CHECK (enrolment_opens <= enrolment_closes)
);

CREATE TABLE venue (
    id             BIGINT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    name           VARCHAR(120) NOT NULL,
    address        VARCHAR(500),
    postcode       VARCHAR(16),
    online         BOOLEAN      NOT NULL DEFAULT FALSE,
    directions     VARCHAR(1000),
    CONSTRAINT uq_venue_name UNIQUE (name)
);

CREATE TABLE venue_access_feature (
    venue_id BIGINT      NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    feature  VARCHAR(32) NOT NULL,
    PRIMARY KEY (venue_id, feature)
);

CREATE TABLE room (
    id       BIGINT PRIMARY KEY,
    version  BIGINT       NOT NULL,
    venue_id BIGINT       NOT NULL REFERENCES venue (id),
    name     VARCHAR(120) NOT NULL,
    capacity INTEGER      NOT NULL,
    CONSTRAINT uq_room_name UNIQUE (venue_id, name),
    CONSTRAINT ck_room_capacity CHECK (capacity > 0)
);

CREATE TABLE course_run (
    id              BIGINT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL REFERENCES course (id),
    term_id         BIGINT       NOT NULL REFERENCES term (id),
    venue_id        BIGINT       NOT NULL REFERENCES venue (id),
    room_id         BIGINT REFERENCES room (id),
    online_link     VARCHAR(500),
    capacity        INTEGER      NOT NULL,
    -- kept by the enrolment service with a conditional UPDATE; the check makes overbooking impossible
    confirmed_count INTEGER      NOT NULL DEFAULT 0,
    status          VARCHAR(16)  NOT NULL,
    reminder_sent_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_course_run_capacity CHECK (capacity > 0),
    CONSTRAINT ck_course_run_places CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
    CONSTRAINT ck_course_run_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RUNNING', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX ix_course_run_term ON course_run (term_id, status);
CREATE INDEX ix_course_run_course ON course_run (course_id);

CREATE TABLE course_session (
    id           BIGINT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    run_id       BIGINT      NOT NULL REFERENCES course_run (id) ON DELETE CASCADE,
    sequence_no  INTEGER     NOT NULL,
    session_date DATE        NOT NULL,
    starts_at    TIME        NOT NULL,
    ends_at      TIME        NOT NULL,
    room_id      BIGINT REFERENCES room (id),
    joining_link VARCHAR(500),
    cancelled    BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_course_session_sequence UNIQUE (run_id, sequence_no),
    CONSTRAINT ck_course_session_times CHECK (starts_at < ends_at)
);
CREATE INDEX ix_course_session_date ON course_session (session_date);

-- ---------------------------------------------------------------- students and enrolment
CREATE TABLE student (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT      NOT NULL,
    account_id         BIGINT      NOT NULL REFERENCES user_account (id),
    relation           VARCHAR(32) NOT NULL,
    phone              VARCHAR(32),
    other_needs        VARCHAR(1000),
    contact_by_email   BOOLEAN     NOT NULL DEFAULT TRUE,
    contact_by_phone   BOOLEAN     NOT NULL DEFAULT FALSE,
    erased             BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_student_account UNIQUE (account_id),
    CONSTRAINT ck_student_relation CHECK (relation IN ('USES_SERVICES', 'CARER_FAMILY_FRIEND', 'STAFF', 'OTHER'))
);

CREATE TABLE student_support_need (
    student_id BIGINT      NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    need       VARCHAR(32) NOT NULL,
    PRIMARY KEY (student_id, need)
);

CREATE TABLE enrolment (
    id              BIGINT PRIMARY KEY,
    version         BIGINT      NOT NULL,
    student_id      BIGINT      NOT NULL REFERENCES student (id),
    run_id          BIGINT      NOT NULL REFERENCES course_run (id),
    status          VARCHAR(16) NOT NULL,
    -- equals student_id while the enrolment is live (confirmed or waitlisted), otherwise NULL:
    -- the unique key below then allows one live enrolment per student and run on any database
    live_student_id BIGINT,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_enrolment_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN', 'COMPLETED')),
    CONSTRAINT ck_enrolment_live CHECK (
        (status IN ('CONFIRMED', 'WAITLISTED') AND live_student_id IS NOT NULL AND live_student_id = student_id)
        OR (status NOT IN ('CONFIRMED', 'WAITLISTED') AND live_student_id IS NULL)),
    CONSTRAINT uq_enrolment_live UNIQUE (run_id, live_student_id)
);
CREATE INDEX ix_enrolment_student ON enrolment (student_id);
CREATE INDEX ix_enrolment_run_status ON enrolment (run_id, status, requested_at);

-- ---------------------------------------------------------------- tutors
CREATE TABLE tutor (
    id                    BIGINT PRIMARY KEY,
    version               BIGINT       NOT NULL,
    account_id            BIGINT REFERENCES user_account (id),
    full_name             VARCHAR(120) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    phone                 VARCHAR(32),
    expertise             VARCHAR(16)  NOT NULL,
    arrangement           VARCHAR(16)  NOT NULL,
    max_sessions_per_week INTEGER      NOT NULL,
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_tutor_account UNIQUE (account_id),
    CONSTRAINT uq_tutor_email UNIQUE (email),
    -- target of the composite keys that make assignments carry the tutor's true expertise
    CONSTRAINT uq_tutor_expertise UNIQUE (id, expertise),
    CONSTRAINT ck_tutor_expertise CHECK (expertise IN ('LIVED_EXPERIENCE', 'PROFESSIONAL')),
    CONSTRAINT ck_tutor_arrangement CHECK (arrangement IN ('EMPLOYED', 'PAID_CO_PRODUCER', 'CONTRIBUTOR', 'VOLUNTEER')),
    CONSTRAINT ck_tutor_max_sessions CHECK (max_sessions_per_week BETWEEN 0 AND 40)
);

CREATE TABLE trained_course (
    id         BIGINT PRIMARY KEY,
    version    BIGINT NOT NULL,
    tutor_id   BIGINT NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    course_id  BIGINT NOT NULL REFERENCES course (id),
    trained_on DATE   NOT NULL,
    CONSTRAINT uq_trained_course UNIQUE (tutor_id, course_id)
);

CREATE TABLE tutor_preferred_course (
    tutor_id  BIGINT NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES course (id),
    PRIMARY KEY (tutor_id, course_id)
);

CREATE TABLE tutor_partner_preference (
    tutor_id   BIGINT      NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    partner_id BIGINT      NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    preference VARCHAR(16) NOT NULL,
    PRIMARY KEY (tutor_id, partner_id),
    CONSTRAINT ck_partner_preference CHECK (preference IN ('PREFERRED', 'AVOIDED')),
    CONSTRAINT ck_partner_not_self CHECK (tutor_id <> partner_id)
);

CREATE TABLE availability_slot (
    id          BIGINT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    tutor_id    BIGINT      NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    day_of_week VARCHAR(16) NOT NULL,
    starts_at   TIME        NOT NULL,
    ends_at     TIME        NOT NULL,
    venue_id    BIGINT REFERENCES venue (id),
    CONSTRAINT ck_availability_day CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT ck_availability_times CHECK (starts_at < ends_at)
);
CREATE INDEX ix_availability_tutor ON availability_slot (tutor_id);

CREATE TABLE availability_exception (
    id        BIGINT PRIMARY KEY,
    version   BIGINT       NOT NULL,
    tutor_id  BIGINT       NOT NULL REFERENCES tutor (id) ON DELETE CASCADE,
    from_date DATE         NOT NULL,
    to_date   DATE         NOT NULL,
    reason    VARCHAR(200),
    CONSTRAINT ck_availability_exception_dates CHECK (from_date <= to_date)
);
CREATE INDEX ix_availability_exception_tutor ON availability_exception (tutor_id);

-- A run's co-facilitators. live_expertise equals expertise while the assignment stands
-- (proposed, offered or accepted), so a run holds at most one live peer and one live professional.
CREATE TABLE assignment (
    id             BIGINT PRIMARY KEY,
    version        BIGINT      NOT NULL,
    run_id         BIGINT      NOT NULL REFERENCES course_run (id),
    tutor_id       BIGINT      NOT NULL,
    expertise      VARCHAR(16) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    live_expertise VARCHAR(16),
    decline_reason VARCHAR(500),
    published_by   VARCHAR(254),
    published_at   TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_assignment_tutor FOREIGN KEY (tutor_id, expertise) REFERENCES tutor (id, expertise),
    CONSTRAINT ck_assignment_status CHECK (status IN ('PROPOSED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT ck_assignment_live CHECK (
        (status IN ('PROPOSED', 'OFFERED', 'ACCEPTED') AND live_expertise IS NOT NULL AND live_expertise = expertise)
        OR (status NOT IN ('PROPOSED', 'OFFERED', 'ACCEPTED') AND live_expertise IS NULL)),
    CONSTRAINT uq_assignment_live UNIQUE (run_id, live_expertise)
);
CREATE INDEX ix_assignment_tutor ON assignment (tutor_id, status);

-- Cover for one session: the composite keys force the cover tutor to share the absent tutor's expertise.
CREATE TABLE cover_request (
    id              BIGINT PRIMARY KEY,
    version         BIGINT      NOT NULL,
    session_id      BIGINT      NOT NULL REFERENCES course_session (id),
    absent_tutor_id BIGINT      NOT NULL,
    cover_tutor_id  BIGINT,
    expertise       VARCHAR(16) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    live_absent_tutor_id BIGINT,
    requested_by    VARCHAR(254) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_cover_absent FOREIGN KEY (absent_tutor_id, expertise) REFERENCES tutor (id, expertise),
    CONSTRAINT fk_cover_tutor FOREIGN KEY (cover_tutor_id, expertise) REFERENCES tutor (id, expertise),
    CONSTRAINT ck_cover_status CHECK (status IN ('OPEN', 'ASKED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    CONSTRAINT ck_cover_not_self CHECK (cover_tutor_id IS NULL OR cover_tutor_id <> absent_tutor_id),
    CONSTRAINT ck_cover_live CHECK (
        (status IN ('OPEN', 'ASKED', 'ACCEPTED') AND live_absent_tutor_id IS NOT NULL AND live_absent_tutor_id = absent_tutor_id)
        OR (status NOT IN ('OPEN', 'ASKED', 'ACCEPTED') AND live_absent_tutor_id IS NULL)),
    CONSTRAINT uq_cover_live UNIQUE (session_id, live_absent_tutor_id)
);

-- ---------------------------------------------------------------- register
CREATE TABLE attendance (
    id           BIGINT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    session_id   BIGINT      NOT NULL REFERENCES course_session (id),
    enrolment_id BIGINT      NOT NULL REFERENCES enrolment (id),
    mark         VARCHAR(16) NOT NULL,
    recorded_by  VARCHAR(254) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_attendance UNIQUE (session_id, enrolment_id),
    CONSTRAINT ck_attendance_mark CHECK (mark IN ('PRESENT', 'ABSENT', 'APOLOGIES'))
);

CREATE TABLE facilitator_attendance (
    id         BIGINT PRIMARY KEY,
    version    BIGINT  NOT NULL,
    session_id BIGINT  NOT NULL REFERENCES course_session (id),
    tutor_id   BIGINT  NOT NULL REFERENCES tutor (id),
    present    BOOLEAN NOT NULL,
    CONSTRAINT uq_facilitator_attendance UNIQUE (session_id, tutor_id)
);

-- ---------------------------------------------------------------- evaluation
CREATE TABLE evaluation (
    id               BIGINT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    enrolment_id     BIGINT       NOT NULL REFERENCES enrolment (id),
    rating           VARCHAR(16)  NOT NULL,
    what_helped      VARCHAR(2000),
    could_be_better  VARCHAR(2000),
    wellbeing_scale  VARCHAR(16),
    wellbeing_before INTEGER,
    wellbeing_after  INTEGER,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_evaluation_enrolment UNIQUE (enrolment_id),
    CONSTRAINT ck_evaluation_rating CHECK (rating IN ('EXCELLENT', 'GOOD', 'AVERAGE', 'POOR', 'VERY_POOR')),
    CONSTRAINT ck_evaluation_scale CHECK (wellbeing_scale IS NULL OR wellbeing_scale IN ('WEMWBS', 'SWEMWBS')),
    -- WEMWBS scores run 14-70 and SWEMWBS 7-35; a score needs its scale
    CONSTRAINT ck_evaluation_scores CHECK (
        (wellbeing_scale IS NULL AND wellbeing_before IS NULL AND wellbeing_after IS NULL)
        OR (wellbeing_scale = 'WEMWBS' AND (wellbeing_before IS NULL OR wellbeing_before BETWEEN 14 AND 70)
                                       AND (wellbeing_after IS NULL OR wellbeing_after BETWEEN 14 AND 70))
        OR (wellbeing_scale = 'SWEMWBS' AND (wellbeing_before IS NULL OR wellbeing_before BETWEEN 7 AND 35)
                                        AND (wellbeing_after IS NULL OR wellbeing_after BETWEEN 7 AND 35)))
);

-- ---------------------------------------------------------------- involvement
CREATE TABLE payment_line (
    id            BIGINT PRIMARY KEY,
    version       BIGINT        NOT NULL,
    tutor_id      BIGINT        NOT NULL REFERENCES tutor (id),
    session_id    BIGINT        NOT NULL REFERENCES course_session (id),
    kind          VARCHAR(16)   NOT NULL,
    amount        NUMERIC(10,2) NOT NULL,
    payment_month DATE          NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_payment_line UNIQUE (tutor_id, session_id, kind),
    CONSTRAINT ck_payment_line_kind CHECK (kind IN ('SESSIONAL_FEE', 'CONTRIBUTOR_FEE', 'EXPENSES')),
    CONSTRAINT ck_payment_line_amount CHECK (amount >= 0)
);
CREATE INDEX ix_payment_line_month ON payment_line (payment_month);

-- ---------------------------------------------------------------- notification
-- Mail is written here in the business transaction and sent after commit, with retries.
CREATE TABLE mail_outbox (
    id              BIGINT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    calendar_run_id BIGINT REFERENCES course_run (id),
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
