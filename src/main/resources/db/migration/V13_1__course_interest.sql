-- The interest list: students who asked to be told when a course runs again. A person is on a course's
-- list at most once; the row is deleted when they are told (or leave), so nobody is told twice.
CREATE TABLE course_interest (
    id         BIGINT PRIMARY KEY,
    version    BIGINT NOT NULL,
    course_id  BIGINT NOT NULL REFERENCES course (id),
    student_id BIGINT NOT NULL REFERENCES student (id),
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_course_interest UNIQUE (course_id, student_id)
);
CREATE INDEX ix_course_interest_student ON course_interest (student_id);
