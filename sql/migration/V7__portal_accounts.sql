-- juesuan warehouse, version 7: the portal's accounts (`juesuan user add|reset|list`, `juesuan serve`) and its
-- audit log. A department account sees only department_name's submissions; a bureau account has none.
-- password_hash is a DelegatingPasswordEncoder string ({bcrypt}…): never the password.
CREATE TABLE portal_account (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(100)  NOT NULL,
    password_hash        VARCHAR(500)  NOT NULL,
    role                 VARCHAR(20)   NOT NULL,
    department_name      VARCHAR(200),
    must_change_password BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_logins        INT           NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP(3)  NULL,
    created_at           TIMESTAMP(3)  NOT NULL,
    password_changed_at  TIMESTAMP(3)  NULL,
    last_login_at        TIMESTAMP(3)  NULL,
    CONSTRAINT uq_portal_account_username UNIQUE (username)
);

-- Who did what and when, through the portal: logins (and failures, locks), password changes, uploads, 上报,
-- 退回, 接收, downloads, reruns. Append-only; username is as typed for a failed login of an unknown name.
CREATE TABLE portal_audit_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at              TIMESTAMP(3)  NOT NULL,
    username        VARCHAR(100)  NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    department_name VARCHAR(200),
    target          VARCHAR(500),
    detail          VARCHAR(2000),
    remote_address  VARCHAR(64)
);
CREATE INDEX ix_portal_audit_log_at ON portal_audit_log (at);
CREATE INDEX ix_portal_audit_log_user ON portal_audit_log (username, at);
