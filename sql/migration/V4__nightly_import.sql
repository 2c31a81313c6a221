-- juesuan warehouse, version 4: nightly operation (idempotent, restartable, parallel imports).
-- MySQL 8 / MariaDB 10.6+ dialect; also runs on H2 in MySQL mode.

-- Content identity: the SHA-256 of a loaded (accepted, not dry-run) submission. Unique, so the
-- same bytes can never be loaded twice, whatever races or restarts happen. NULL for rejected
-- and dry-run rows, which may repeat.
ALTER TABLE submission ADD COLUMN content_key CHAR(64) NULL;
-- When the department saved the file (its last-modified time): decides which version is
-- current when an older file arrives after a newer one (README, "Versions").
ALTER TABLE submission ADD COLUMN source_modified_at TIMESTAMP(3) NULL;

-- Submissions loaded twice before version 4 keep their key on the latest load only.
UPDATE submission SET content_key = sha256
WHERE id IN (SELECT id FROM (SELECT MAX(id) AS id FROM submission
                             WHERE version IS NOT NULL AND dry_run = FALSE GROUP BY sha256) latest);
CREATE UNIQUE INDEX ux_submission_content ON submission (content_key);

-- One row per department and year: the lock that serialises its versions (SELECT … FOR UPDATE
-- on this primary key locks one row, never a range, so parallel partitions cannot deadlock)
-- and the pointer to its current version.
CREATE TABLE department_year (
    department_name       VARCHAR(200) NOT NULL,
    fiscal_year           INT          NOT NULL,
    versions              INT          NOT NULL DEFAULT 0,
    current_submission_id BIGINT,
    PRIMARY KEY (department_name, fiscal_year)
);
INSERT INTO department_year (department_name, fiscal_year, versions, current_submission_id)
SELECT department_name, fiscal_year, COALESCE(MAX(version), 0), MAX(CASE WHEN is_current THEN id END)
FROM submission
WHERE department_name IS NOT NULL AND fiscal_year IS NOT NULL AND version IS NOT NULL
GROUP BY department_name, fiscal_year;

-- The ledger of an import run: one row per submission the run found, written before any is
-- processed. A row leaves PENDING in the same transaction that writes its submission, so a run
-- killed at any moment is finished by re-running exactly its PENDING rows.
-- run_id is the Spring Batch job instance (what `status` and `rerun ID` show).
CREATE TABLE import_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id           BIGINT        NOT NULL,
    item_no          INT           NOT NULL,
    source_path      VARCHAR(1000) NOT NULL,
    relative_path    VARCHAR(1000) NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    sha256           CHAR(64),
    submission_id    BIGINT,
    detail           VARCHAR(2000),
    job_execution_id BIGINT,
    worker           VARCHAR(100),
    settled_at       TIMESTAMP(3)  NULL,
    moved_to         VARCHAR(1000),
    CONSTRAINT ux_import_item UNIQUE (run_id, item_no)
);
CREATE INDEX ix_import_item_state ON import_item (run_id, state);

-- Who runs an import execution (host and process id), so `rerun --failed` can tell a crashed
-- run from one still going.
CREATE TABLE import_run (
    job_execution_id BIGINT       NOT NULL PRIMARY KEY,
    run_id           BIGINT       NOT NULL,
    host             VARCHAR(255) NOT NULL,
    pid              BIGINT       NOT NULL,
    started_at       TIMESTAMP(3) NOT NULL
);
