-- The "before" wellbeing score, asked when a place is confirmed or at the first session (a total only,
-- with its scale's name); the feedback at the end carries it into the evaluation with the "after" score.
CREATE TABLE wellbeing_before (
    id           BIGINT PRIMARY KEY,
    version      BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL REFERENCES enrolment (id),
    scale        VARCHAR(16) NOT NULL,
    score        INTEGER     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_wellbeing_before_enrolment UNIQUE (enrolment_id),
    CONSTRAINT ck_wellbeing_before_score CHECK ((scale = 'WEMWBS' AND score BETWEEN 14 AND 70)
        OR (scale = 'SWEMWBS' AND score BETWEEN 7 AND 35))
);
