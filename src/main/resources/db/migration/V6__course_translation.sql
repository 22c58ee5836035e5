-- A course's texts in another language than English: title, summary, easy-read summary and learning
-- outcomes. One translation per course and language; a missing text falls back to the English one.
CREATE TABLE course_translation (
    id                BIGINT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    course_id         BIGINT        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    language          VARCHAR(8)    NOT NULL,
    title             VARCHAR(160)  NOT NULL,
    summary           VARCHAR(4000),
    easy_read_summary VARCHAR(4000),
    learning_outcomes VARCHAR(4000),
    CONSTRAINT uq_course_translation_language UNIQUE (course_id, language),
    CONSTRAINT ck_course_translation_language CHECK (language <> 'en')
);
CREATE INDEX ix_course_translation_language ON course_translation (language, course_id);
