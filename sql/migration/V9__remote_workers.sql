-- juesuan warehouse, version 9: remote mode that survives a lost worker.
-- Every `juesuan worker` process keeps a row here and refreshes heartbeat_at (the database's clock, so
-- the machines' clocks need not agree) every few seconds; the manager of `import --remote` counts the
-- fresh ones on its queue and treats a worker whose heartbeat stopped as dead.
CREATE TABLE import_worker (
    name         VARCHAR(100) NOT NULL PRIMARY KEY,
    queue        VARCHAR(255) NOT NULL,
    started_at   TIMESTAMP(3) NOT NULL,
    heartbeat_at TIMESTAMP(3) NOT NULL
);
CREATE INDEX ix_import_worker_queue ON import_worker (queue, heartbeat_at);

-- Which worker holds which partition (a Spring Batch step execution of the import step). A worker
-- claims a partition before running it; a second copy of the same message (RabbitMQ's redelivery,
-- the manager's hand-over) finds the claim and does nothing while its holder is alive, and takes it
-- over, compare-and-set on the old holder, once that holder's heartbeat stopped. The ledger row
-- (import_item) still decides whether the submission itself is written: at most once per run.
CREATE TABLE import_claim (
    step_execution_id BIGINT       NOT NULL PRIMARY KEY,
    worker            VARCHAR(100) NOT NULL,
    claimed_at        TIMESTAMP(3) NOT NULL,
    handovers         INT          NOT NULL DEFAULT 0
);
