-- Issue 4: the secret, revocable token of a tutor's calendar (.ics) feed of their sessions
ALTER TABLE tutor ADD COLUMN calendar_token VARCHAR(64);
ALTER TABLE tutor ADD CONSTRAINT uq_tutor_calendar_token UNIQUE (calendar_token);
