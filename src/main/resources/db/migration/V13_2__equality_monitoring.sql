-- Equality monitoring: a student's optional answers (age band, ethnic group, disability, gender). NULL is
-- "not answered"; PREFER_NOT_TO_SAY is an answer. Never shown to tutors; reported to administrators only
-- as totals with small numbers suppressed; deleted when the student's data is erased.
CREATE TABLE equality_monitoring (
    id          BIGINT PRIMARY KEY,
    version     BIGINT      NOT NULL,
    student_id  BIGINT      NOT NULL REFERENCES student (id),
    age_band    VARCHAR(32),
    ethnicity   VARCHAR(48),
    disability  VARCHAR(32),
    gender      VARCHAR(32),
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_equality_monitoring_student UNIQUE (student_id)
);
