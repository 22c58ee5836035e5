-- Moving a person to a full run: they wait on the other run's list while keeping their confirmed place,
-- which moved_from_id names; when the other run confirms them, that place is released.
ALTER TABLE enrolment ADD COLUMN moved_from_id BIGINT REFERENCES enrolment (id) ON DELETE SET NULL;
CREATE INDEX ix_enrolment_moved_from ON enrolment (moved_from_id);
