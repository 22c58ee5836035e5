-- A pairing solve of a term, as every instance sees it: who started it, its progress and how it ended.
-- running_term_id equals term_id while the job runs and is NULL otherwise, so a term has at most one
-- running solve, whichever instance started it.
CREATE TABLE pairing_job (
    id              BIGINT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    term_id         BIGINT       NOT NULL REFERENCES term (id),
    running_term_id BIGINT,
    status          VARCHAR(16)  NOT NULL,
    started_by      VARCHAR(254) NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    best_score      VARCHAR(64),
    stop_requested  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_pairing_job_running UNIQUE (running_term_id),
    CONSTRAINT ck_pairing_job_status CHECK (status IN ('RUNNING', 'FINISHED', 'STOPPED', 'FAILED')),
    CONSTRAINT ck_pairing_job_running CHECK ((status = 'RUNNING' AND running_term_id = term_id)
        OR (status <> 'RUNNING' AND running_term_id IS NULL))
);
CREATE INDEX ix_pairing_job_term ON pairing_job (term_id, started_at);
