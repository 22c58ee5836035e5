-- The run lifecycle sweep: enrolment_closed_at is claimed once (a conditional UPDATE from NULL) when a
-- run's enrolment closes, so the people still waiting are told once whichever instance sweeps first.
-- cancel_reason is what the people of a cancelled run were told.
ALTER TABLE course_run ADD COLUMN enrolment_closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE course_run ADD COLUMN cancel_reason VARCHAR(500);
CREATE INDEX ix_course_run_status ON course_run (status);
