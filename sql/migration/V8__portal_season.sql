-- juesuan warehouse, version 8: the portal's season (issue 13) — the roster of departments, what each department
-- uploaded and 上报ed through the portal, the 审核说明 it gave for each WARNING it accepted, and the bureau's
-- replies. MySQL 8 / MariaDB 10.6+ dialect; also runs on H2 in MySQL mode. The submissions themselves stay in
-- `submission` (an 上报 runs the ordinary import); these tables only point at them.

-- The departments the bureau expects a submission from (`juesuan department add|import`), by the name printed on
-- their workbooks (= submission.department_name). Not tied to a year: a department leaves by active = FALSE.
CREATE TABLE portal_department (
    department_name VARCHAR(200) NOT NULL PRIMARY KEY,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    added_at        TIMESTAMP(3) NOT NULL
);

-- One upload: the files as received (kept on disk under juesuan.portal.files/<folder_key>/, never under a name
-- the user chose), and the audit `check` gives them. fiscal_year is what the workbook printed (NULL if unreadable).
CREATE TABLE portal_upload (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    department_name VARCHAR(200)  NOT NULL,
    fiscal_year     INT,
    uploaded_by     VARCHAR(100)  NOT NULL,
    uploaded_at     TIMESTAMP(3)  NOT NULL,
    file_names      VARCHAR(4000) NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    folder_key      VARCHAR(64)   NOT NULL,
    verdict         VARCHAR(20)   NOT NULL,
    error_count     INT           NOT NULL DEFAULT 0,
    warning_count   INT           NOT NULL DEFAULT 0,
    CONSTRAINT ux_portal_upload_folder UNIQUE (folder_key)
);
CREATE INDEX ix_portal_upload_department ON portal_upload (department_name, uploaded_at);

-- One 上报: the upload sent on to the import, and the submission the import wrote (or found unchanged).
CREATE TABLE portal_filing (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    upload_id       BIGINT       NOT NULL,
    submission_id   BIGINT,
    department_name VARCHAR(200) NOT NULL,
    fiscal_year     INT,
    filed_by        VARCHAR(100) NOT NULL,
    filed_at        TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_portal_filing_upload FOREIGN KEY (upload_id) REFERENCES portal_upload (id)
);
CREATE INDEX ix_portal_filing_department ON portal_filing (department_name, fiscal_year, filed_at);
CREATE INDEX ix_portal_filing_submission ON portal_filing (submission_id);

-- 审核说明: one row per WARNING the department accepted when it 上报ed, with the finding as it read it.
CREATE TABLE portal_explanation (
    filing_id    BIGINT        NOT NULL,
    item_no      INT           NOT NULL,
    rule_id      VARCHAR(64),
    cells        VARCHAR(4000),
    finding_text VARCHAR(2000) NOT NULL,
    explanation  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (filing_id, item_no),
    CONSTRAINT fk_portal_explanation_filing FOREIGN KEY (filing_id) REFERENCES portal_filing (id)
);

-- The bureau's reply to a 上报ed submission: RETURNED (退回, with the message the department reads) or ACCEPTED (接收).
CREATE TABLE portal_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id   BIGINT        NOT NULL,
    -- the 上报 it answers (NULL: a version the nightly import loaded, never 上报ed through the portal); a later 上报
    -- of the same bytes is a new question, whatever the clocks say
    filing_id       BIGINT,
    department_name VARCHAR(200)  NOT NULL,
    fiscal_year     INT           NOT NULL,
    decision        VARCHAR(10)   NOT NULL,
    message         VARCHAR(2000),
    decided_by      VARCHAR(100)  NOT NULL,
    decided_at      TIMESTAMP(3)  NOT NULL
);
CREATE INDEX ix_portal_decision_department ON portal_decision (department_name, fiscal_year, decided_at);
