-- juesuan warehouse, version 1. MySQL 8 / MariaDB 10.6+ dialect; also runs on H2 in MySQL mode
-- (the embedded default). Applied by Flyway; the public views v_fact and v_finding are the
-- contract (CONTRACT §4), the tables behind them may change with a migration.

-- The thirteen 附表.
CREATE TABLE dim_table (
    table_code CHAR(3)     NOT NULL PRIMARY KEY,
    title      VARCHAR(64) NOT NULL
);
INSERT INTO dim_table (table_code, title) VALUES
    ('T01', '收入支出决算总表'),
    ('T02', '收入决算表'),
    ('T03', '支出决算表'),
    ('T04', '财政拨款收入支出决算总表'),
    ('T05', '财政拨款支出决算明细表'),
    ('T06', '一般公共预算财政拨款支出决算表'),
    ('T07', '一般公共预算财政拨款支出决算明细表'),
    ('T08', '一般公共预算财政拨款基本支出决算表'),
    ('T09', '一般公共预算财政拨款项目支出决算表'),
    ('T10', '政府性基金预算财政拨款收入支出决算表'),
    ('T11', '国有资本经营预算财政拨款收入支出决算表'),
    ('T12', '国有资本经营预算财政拨款支出决算表'),
    ('T13', '财政拨款“三公”经费支出决算表');

-- Classification catalogs: one row per (code, name) as in reference/*.csv, plus codes first
-- seen in a submission (from_catalog = FALSE, name as printed).
CREATE TABLE dim_functional_class (
    code         VARCHAR(7)   NOT NULL,
    name         VARCHAR(100) NOT NULL,
    level        TINYINT      NOT NULL,
    parent_code  VARCHAR(7),
    years_seen   VARCHAR(100),
    from_catalog BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code, name)
);

CREATE TABLE dim_economic_class (
    code         VARCHAR(5)   NOT NULL,
    name         VARCHAR(100) NOT NULL,
    level        TINYINT      NOT NULL,
    parent_code  VARCHAR(5),
    years_seen   VARCHAR(100),
    from_catalog BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code, name)
);

-- One row per workbook (or folder of per-table files) an import run processed.
-- is_current marks the latest accepted version of a department's year: v_fact shows only it.
CREATE TABLE submission (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_execution_id     BIGINT,
    source_path          VARCHAR(1000) NOT NULL,
    sha256               CHAR(64)      NOT NULL,
    department_name      VARCHAR(200),
    fiscal_year          INT,
    status               VARCHAR(20)   NOT NULL,
    reject_reason        VARCHAR(2000),
    dry_run              BOOLEAN       NOT NULL DEFAULT FALSE,
    version              INT,
    is_current           BOOLEAN       NOT NULL DEFAULT FALSE,
    table_count          INT           NOT NULL DEFAULT 0,
    fact_count           INT           NOT NULL DEFAULT 0,
    error_count          INT           NOT NULL DEFAULT 0,
    warning_count        INT           NOT NULL DEFAULT 0,
    rules_passed         INT           NOT NULL DEFAULT 0,
    rules_failed         INT           NOT NULL DEFAULT 0,
    rules_not_applicable INT           NOT NULL DEFAULT 0,
    started_at           TIMESTAMP(3)  NULL,
    finished_at          TIMESTAMP(3)  NULL
);
CREATE INDEX ix_submission_department ON submission (department_name, fiscal_year);
CREATE INDEX ix_submission_job ON submission (job_execution_id);

-- Which tables a submission printed: an all-zero table (T10 published empty) is still present.
CREATE TABLE submission_table (
    submission_id BIGINT       NOT NULL,
    table_code    CHAR(3)      NOT NULL,
    source_file   VARCHAR(255) NOT NULL,
    source_sheet  VARCHAR(100) NOT NULL,
    unit          VARCHAR(4)   NOT NULL,
    data_rows     INT          NOT NULL,
    note          VARCHAR(2000),
    PRIMARY KEY (submission_id, table_code),
    CONSTRAINT fk_submission_table FOREIGN KEY (submission_id) REFERENCES submission (id)
);

-- Every non-zero amount, in 元, addressed by (table, row key, column key) (CONTRACT §3).
CREATE TABLE fact (
    submission_id BIGINT        NOT NULL,
    table_code    CHAR(3)       NOT NULL,
    row_key       VARCHAR(32)   NOT NULL,
    column_key    VARCHAR(40)   NOT NULL,
    row_name      VARCHAR(200),
    amount_yuan   DECIMAL(20,2) NOT NULL,
    source_file   VARCHAR(255)  NOT NULL,
    source_sheet  VARCHAR(100)  NOT NULL,
    source_cell   VARCHAR(12)   NOT NULL,
    PRIMARY KEY (submission_id, table_code, row_key, column_key),
    CONSTRAINT fk_fact_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

-- Validation findings; cells lists every cell involved as file!sheet!A1, separated by '; '.
CREATE TABLE finding (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT        NOT NULL,
    rule_id       VARCHAR(64)   NOT NULL,
    severity      VARCHAR(8)    NOT NULL,
    table_code    CHAR(3),
    source_file   VARCHAR(255),
    source_sheet  VARCHAR(100),
    source_cell   VARCHAR(12),
    message       VARCHAR(2000) NOT NULL,
    expected_yuan DECIMAL(20,2),
    actual_yuan   DECIMAL(20,2),
    cells         VARCHAR(4000),
    CONSTRAINT fk_finding_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);
CREATE INDEX ix_finding_submission ON finding (submission_id);

CREATE VIEW v_fact AS
SELECT s.department_name,
       s.fiscal_year,
       f.table_code,
       f.row_key,
       f.row_name,
       f.column_key,
       f.amount_yuan,
       s.status AS submission_status,
       f.source_file,
       f.source_sheet,
       f.source_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
WHERE s.is_current = TRUE;

CREATE VIEW v_finding AS
SELECT s.department_name,
       s.fiscal_year,
       fi.rule_id,
       fi.severity,
       fi.table_code,
       fi.source_sheet,
       fi.source_cell,
       fi.message,
       fi.expected_yuan,
       fi.actual_yuan
FROM finding fi
JOIN submission s ON s.id = fi.submission_id
WHERE s.is_current = TRUE;
