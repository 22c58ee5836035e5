-- Sign-in security (issue 10).
-- credentials_version counts password changes: a session remembers the value it signed in with and
-- ends at its next request, on any instance, once the password has changed (reset or change).
ALTER TABLE user_account ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 0;

-- Failed sign-ins of the last hour, per e-mail address and per client address: the sign-in throttle
-- counts them in a sliding window before it computes any password hash. Rows older than the window are
-- deleted as new failures come in; a success deletes the account's rows.
CREATE TABLE sign_in_failure (
    id             BIGINT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    email          VARCHAR(254) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_failure_email ON sign_in_failure (email, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (client_address, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);
