-- When each reset link was asked for, so that links to one address can be limited per hour on every
-- instance of a cluster (the count is kept in the database, not in one instance's memory).
ALTER TABLE password_reset ADD COLUMN requested_at TIMESTAMP WITH TIME ZONE;
UPDATE password_reset SET requested_at = CURRENT_TIMESTAMP WHERE requested_at IS NULL;
ALTER TABLE password_reset ALTER COLUMN requested_at SET NOT NULL;
CREATE INDEX ix_password_reset_account_requested ON password_reset (account_id, requested_at);
