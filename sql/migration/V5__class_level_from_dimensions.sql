-- juesuan warehouse, version 5: the level of a classification code comes from the dimensions.
-- MySQL 8 / MariaDB 10.6+ dialect; also runs on H2 in MySQL mode.
--
-- The typed fact views of version 3 derived code_level from the length of the row key (3/5/7 digits).
-- The rule lives once in Java (model.CodeHierarchy), which fills dim_functional_class and
-- dim_economic_class for every code a submission uses; the views now read the level from there.
-- Same columns, same order, so the v_* views over them are unchanged. Row keys that are not codes
-- (TOTAL, fixed lines) have no dimension row and level 0, as before.

-- One row per classification code, 功能分类 and 经济分类 (their codes never overlap: 2xx and 3xx),
-- with the level (1 类, 2 款, 3 项) and parent of the code, whatever names it has had.
CREATE VIEW v_class_code AS
SELECT code, MAX(level) AS level, MAX(parent_code) AS parent_code FROM dim_functional_class GROUP BY code
UNION ALL
SELECT code, MAX(level) AS level, MAX(parent_code) AS parent_code FROM dim_economic_class GROUP BY code;

CREATE OR REPLACE VIEW f_income_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.row_key AS function_code,
       COALESCE(MAX(c.level), 0) AS code_level,
       MAX(f.row_name) AS printed_name,
       COALESCE(SUM(CASE WHEN f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS total_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'fiscal' THEN f.amount_yuan END), 0.00) AS fiscal_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'upper' THEN f.amount_yuan END), 0.00) AS upper_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'service' THEN f.amount_yuan END), 0.00) AS service_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'operating' THEN f.amount_yuan END), 0.00) AS operating_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'affiliate' THEN f.amount_yuan END), 0.00) AS affiliate_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'other' THEN f.amount_yuan END), 0.00) AS other_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.column_key = 'total' THEN f.source_cell END) AS total_cell,
       MAX(CASE WHEN f.column_key = 'fiscal' THEN f.source_cell END) AS fiscal_cell,
       MAX(CASE WHEN f.column_key = 'upper' THEN f.source_cell END) AS upper_cell,
       MAX(CASE WHEN f.column_key = 'service' THEN f.source_cell END) AS service_cell,
       MAX(CASE WHEN f.column_key = 'operating' THEN f.source_cell END) AS operating_cell,
       MAX(CASE WHEN f.column_key = 'affiliate' THEN f.source_cell END) AS affiliate_cell,
       MAX(CASE WHEN f.column_key = 'other' THEN f.source_cell END) AS other_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
LEFT JOIN v_class_code c ON c.code = f.row_key
WHERE s.is_current = TRUE AND f.table_code = 'T02'
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.row_key;

CREATE OR REPLACE VIEW f_expenditure_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.row_key AS function_code,
       COALESCE(MAX(c.level), 0) AS code_level,
       MAX(f.row_name) AS printed_name,
       COALESCE(SUM(CASE WHEN f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS total_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'basic' THEN f.amount_yuan END), 0.00) AS basic_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project' THEN f.amount_yuan END), 0.00) AS project_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'upper_remit' THEN f.amount_yuan END), 0.00) AS upper_remit_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'operating' THEN f.amount_yuan END), 0.00) AS operating_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'affiliate_grant' THEN f.amount_yuan END), 0.00) AS affiliate_grant_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.column_key = 'total' THEN f.source_cell END) AS total_cell,
       MAX(CASE WHEN f.column_key = 'basic' THEN f.source_cell END) AS basic_cell,
       MAX(CASE WHEN f.column_key = 'project' THEN f.source_cell END) AS project_cell,
       MAX(CASE WHEN f.column_key = 'upper_remit' THEN f.source_cell END) AS upper_remit_cell,
       MAX(CASE WHEN f.column_key = 'operating' THEN f.source_cell END) AS operating_cell,
       MAX(CASE WHEN f.column_key = 'affiliate_grant' THEN f.source_cell END) AS affiliate_grant_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
LEFT JOIN v_class_code c ON c.code = f.row_key
WHERE s.is_current = TRUE AND f.table_code = 'T03'
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.row_key;

CREATE OR REPLACE VIEW f_fiscal_expenditure_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T06' THEN 'GPB' WHEN 'T12' THEN 'SOE' END AS budget_kind,
       f.row_key AS function_code,
       COALESCE(MAX(c.level), 0) AS code_level,
       MAX(f.row_name) AS printed_name,
       COALESCE(SUM(CASE WHEN f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS total_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'basic' THEN f.amount_yuan END), 0.00) AS basic_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project' THEN f.amount_yuan END), 0.00) AS project_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.column_key = 'total' THEN f.source_cell END) AS total_cell,
       MAX(CASE WHEN f.column_key = 'basic' THEN f.source_cell END) AS basic_cell,
       MAX(CASE WHEN f.column_key = 'project' THEN f.source_cell END) AS project_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
LEFT JOIN v_class_code c ON c.code = f.row_key
WHERE s.is_current = TRUE AND f.table_code IN ('T06', 'T12')
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.table_code, f.row_key;

CREATE OR REPLACE VIEW f_fiscal_detail_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T05' THEN 'FISCAL' WHEN 'T07' THEN 'GPB' END AS scope,
       f.row_key AS function_code,
       COALESCE(MAX(c.level), 0) AS code_level,
       MAX(f.row_name) AS printed_name,
       COALESCE(SUM(CASE WHEN f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS total_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'basic' THEN f.amount_yuan END), 0.00) AS basic_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'basic.personnel' THEN f.amount_yuan END), 0.00) AS basic_personnel_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'basic.public' THEN f.amount_yuan END), 0.00) AS basic_public_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project' THEN f.amount_yuan END), 0.00) AS project_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.301' THEN f.amount_yuan END), 0.00) AS project_301_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.302' THEN f.amount_yuan END), 0.00) AS project_302_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.303' THEN f.amount_yuan END), 0.00) AS project_303_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.307' THEN f.amount_yuan END), 0.00) AS project_307_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.309' THEN f.amount_yuan END), 0.00) AS project_309_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.310' THEN f.amount_yuan END), 0.00) AS project_310_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.311' THEN f.amount_yuan END), 0.00) AS project_311_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.312' THEN f.amount_yuan END), 0.00) AS project_312_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.313' THEN f.amount_yuan END), 0.00) AS project_313_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'project.399' THEN f.amount_yuan END), 0.00) AS project_399_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.column_key = 'total' THEN f.source_cell END) AS total_cell,
       MAX(CASE WHEN f.column_key = 'basic' THEN f.source_cell END) AS basic_cell,
       MAX(CASE WHEN f.column_key = 'basic.personnel' THEN f.source_cell END) AS basic_personnel_cell,
       MAX(CASE WHEN f.column_key = 'basic.public' THEN f.source_cell END) AS basic_public_cell,
       MAX(CASE WHEN f.column_key = 'project' THEN f.source_cell END) AS project_cell,
       MAX(CASE WHEN f.column_key = 'project.301' THEN f.source_cell END) AS project_301_cell,
       MAX(CASE WHEN f.column_key = 'project.302' THEN f.source_cell END) AS project_302_cell,
       MAX(CASE WHEN f.column_key = 'project.303' THEN f.source_cell END) AS project_303_cell,
       MAX(CASE WHEN f.column_key = 'project.307' THEN f.source_cell END) AS project_307_cell,
       MAX(CASE WHEN f.column_key = 'project.309' THEN f.source_cell END) AS project_309_cell,
       MAX(CASE WHEN f.column_key = 'project.310' THEN f.source_cell END) AS project_310_cell,
       MAX(CASE WHEN f.column_key = 'project.311' THEN f.source_cell END) AS project_311_cell,
       MAX(CASE WHEN f.column_key = 'project.312' THEN f.source_cell END) AS project_312_cell,
       MAX(CASE WHEN f.column_key = 'project.313' THEN f.source_cell END) AS project_313_cell,
       MAX(CASE WHEN f.column_key = 'project.399' THEN f.source_cell END) AS project_399_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
LEFT JOIN v_class_code c ON c.code = f.row_key
WHERE s.is_current = TRUE AND f.table_code IN ('T05', 'T07')
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.table_code, f.row_key;

CREATE OR REPLACE VIEW f_fund_budget_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T10' THEN 'GOVFUND' WHEN 'T11' THEN 'SOE' END AS budget_kind,
       f.row_key AS function_code,
       COALESCE(MAX(c.level), 0) AS code_level,
       MAX(f.row_name) AS printed_name,
       COALESCE(SUM(CASE WHEN f.column_key = 'begin_balance' THEN f.amount_yuan END), 0.00) AS begin_balance_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'income' THEN f.amount_yuan END), 0.00) AS income_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'exp_total' THEN f.amount_yuan END), 0.00) AS exp_total_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'exp_basic' THEN f.amount_yuan END), 0.00) AS exp_basic_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'exp_project' THEN f.amount_yuan END), 0.00) AS exp_project_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = 'end_balance' THEN f.amount_yuan END), 0.00) AS end_balance_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.column_key = 'begin_balance' THEN f.source_cell END) AS begin_balance_cell,
       MAX(CASE WHEN f.column_key = 'income' THEN f.source_cell END) AS income_cell,
       MAX(CASE WHEN f.column_key = 'exp_total' THEN f.source_cell END) AS exp_total_cell,
       MAX(CASE WHEN f.column_key = 'exp_basic' THEN f.source_cell END) AS exp_basic_cell,
       MAX(CASE WHEN f.column_key = 'exp_project' THEN f.source_cell END) AS exp_project_cell,
       MAX(CASE WHEN f.column_key = 'end_balance' THEN f.source_cell END) AS end_balance_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
LEFT JOIN v_class_code c ON c.code = f.row_key
WHERE s.is_current = TRUE AND f.table_code IN ('T10', 'T11')
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.table_code, f.row_key;

CREATE OR REPLACE VIEW f_economic_expenditure AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T08' THEN 'BASIC' ELSE 'PROJECT' END AS spending_kind,
       f.row_key AS economic_code,
       c.level AS code_level,
       CASE WHEN f.table_code = 'T09' THEN NULL
            WHEN COALESCE(c.parent_code, f.row_key) IN ('301', '303') THEN 'PERSONNEL'
            ELSE 'PUBLIC' END AS cost_group,
       f.row_name AS printed_name,
       f.amount_yuan,
       f.source_file,
       f.source_sheet,
       f.source_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
LEFT JOIN v_class_code c ON c.code = f.row_key
WHERE s.is_current = TRUE AND f.table_code IN ('T08', 'T09') AND f.column_key = 'amount'
  AND f.row_key NOT IN ('TOTAL', 'PERSONNEL_TOTAL', 'PUBLIC_TOTAL');
