-- juesuan warehouse, version 3: the analyst's star schema over the tables of version 1.
-- MySQL 8 / MariaDB 10.6+ dialect; also runs on H2 in MySQL mode (the embedded default).
--
--   dimensions   dim_department (view: stable id, region, level), dim_fiscal_year, dim_region,
--                dim_table (V1), dim_functional_class / dim_economic_class (V1, one row per code and
--                name) with the views v_*_class_edition (when each name was valid; join facts
--                on code AND year, so a renamed code never doubles a row), v_*_class_year (the
--                name of each code in each year) and v_*_class (one row per code, current name),
--                dim_three_public_item (the six "三公" columns), department_staffing (filled by hand).
--   typed facts  f_* views, one per table family, over the current version of every submission
--                (as v_fact); every amount in 元 with the cell it came from (*_cell), the file and
--                sheet, and the submission id.
--   named facts  v_* views: the typed facts with department, region and classification names.
--
-- Nothing here is written by the import: the views read what V1's tables hold.

-- ==== Reference dimensions ======================================================================

CREATE TABLE dim_fiscal_year (
    fiscal_year INT         NOT NULL PRIMARY KEY,
    year_label  VARCHAR(16) NOT NULL
);
INSERT INTO dim_fiscal_year (fiscal_year, year_label) VALUES
    (2010, '2010年度'), (2011, '2011年度'), (2012, '2012年度'), (2013, '2013年度'), (2014, '2014年度'),
    (2015, '2015年度'), (2016, '2016年度'), (2017, '2017年度'), (2018, '2018年度'), (2019, '2019年度'),
    (2020, '2020年度'), (2021, '2021年度'), (2022, '2022年度'), (2023, '2023年度'), (2024, '2024年度'),
    (2025, '2025年度'), (2026, '2026年度'), (2027, '2027年度'), (2028, '2028年度'), (2029, '2029年度'),
    (2030, '2030年度'), (2031, '2031年度'), (2032, '2032年度'), (2033, '2033年度'), (2034, '2034年度'),
    (2035, '2035年度'), (2036, '2036年度'), (2037, '2037年度'), (2038, '2038年度'), (2039, '2039年度'),
    (2040, '2040年度');

-- Where a department sits, known from how its name begins (the longest matching prefix wins).
-- Add a row for each area whose departments report here.
CREATE TABLE dim_region (
    name_prefix VARCHAR(50)  NOT NULL PRIMARY KEY,
    region      VARCHAR(100) NOT NULL,
    admin_level VARCHAR(8)   NOT NULL
);
INSERT INTO dim_region (name_prefix, region, admin_level) VALUES
    ('四川省', '四川省', '省级'),
    ('攀枝花市', '四川省攀枝花市', '市级'),
    ('米易县', '四川省攀枝花市米易县', '县级');

-- Staff numbers are not part of the 13 tables; an analyst records them (e.g. 年末实有人数 from the
-- 部门决算 text) to ask per-head questions. Empty until then.
CREATE TABLE department_staffing (
    department_name VARCHAR(200) NOT NULL,
    fiscal_year     INT          NOT NULL,
    staff_count     INT          NOT NULL,
    source          VARCHAR(200),
    PRIMARY KEY (department_name, fiscal_year)
);

-- The six columns of T13 (each printed as 预算数 and 决算数).
CREATE TABLE dim_three_public_item (
    item_key   VARCHAR(20) NOT NULL PRIMARY KEY,
    item_name  VARCHAR(40) NOT NULL,
    parent_key VARCHAR(20),
    sort_order INT         NOT NULL
);
INSERT INTO dim_three_public_item (item_key, item_name, parent_key, sort_order) VALUES
    ('total', '合计', NULL, 1),
    ('abroad', '因公出国（境）费', 'total', 2),
    ('vehicle', '公务用车购置及运行（维护）费', 'total', 3),
    ('vehicle_purchase', '公务用车购置费', 'vehicle', 4),
    ('vehicle_operation', '公务用车运行（维护）费', 'vehicle', 5),
    ('reception', '公务接待费', 'total', 6);

-- Every department the warehouse has seen. department_id is the id of its first submission, so
-- it never changes once given (submission rows are never deleted).
CREATE VIEW dim_department AS
SELECT d.department_id,
       d.department_name,
       r.region,
       r.admin_level,
       d.first_fiscal_year,
       d.last_fiscal_year
FROM (SELECT MIN(id) AS department_id,
             department_name,
             MIN(fiscal_year) AS first_fiscal_year,
             MAX(fiscal_year) AS last_fiscal_year
      FROM submission
      WHERE department_name IS NOT NULL
      GROUP BY department_name) d
-- Prefixes of one name are prefixes of each other, so the longest match is the greatest one.
LEFT JOIN dim_region r ON r.name_prefix = (SELECT MAX(r2.name_prefix) FROM dim_region r2
                                           WHERE d.department_name LIKE CONCAT(r2.name_prefix, '%'));

-- ==== Classification by edition ===================================================================
-- dim_functional_class / dim_economic_class hold one row per (code, name); years_seen lists, in
-- ascending order, the fiscal years whose documents printed that pair (empty for template rows and
-- for codes first seen in a submission, from_catalog = FALSE). A name is valid from the first year
-- it was seen (valid_from) until the year before the code's next name was first seen (valid_to),
-- e.g. 20805 行政事业单位离退休 2018–2022, 行政事业单位养老支出 from 2023. effective_from/_to
-- stretch that over every year, so exactly one name of each code applies to any fiscal year: the
-- first dated name also covers the years before it, the last one the years after; a code with no
-- dated name keeps its first name by sort order. Join a fact to its name on code AND
-- fiscal_year BETWEEN effective_from AND effective_to: a renamed code never doubles a row.

CREATE VIEW v_functional_class_edition AS
SELECT e.code,
       e.name,
       e.level,
       e.parent_code,
       e.from_catalog,
       e.years_seen,
       e.valid_from,
       CASE WHEN e.dated = 1 THEN e.next_from - 1 END AS valid_to,
       e.last_seen,
       CASE WHEN e.dated = 1 AND e.rank_in_kind > 1 THEN e.valid_from
            WHEN e.dated = 1 OR (e.dated_names = 0 AND e.rank_in_kind = 1) THEN 0 END AS effective_from,
       CASE WHEN e.dated = 1 THEN COALESCE(e.next_from - 1, 9999)
            WHEN e.dated_names = 0 AND e.rank_in_kind = 1 THEN 9999 END AS effective_to
FROM (SELECT c.code, c.name, c.level, c.parent_code, c.from_catalog, c.years_seen, c.valid_from, c.last_seen,
             c.dated,
             LEAD(c.valid_from) OVER (PARTITION BY c.code, c.dated ORDER BY c.valid_from, c.name) AS next_from,
             ROW_NUMBER() OVER (PARTITION BY c.code, c.dated ORDER BY c.valid_from, c.name) AS rank_in_kind,
             SUM(c.dated) OVER (PARTITION BY c.code) AS dated_names
      FROM (SELECT code, name, level, parent_code, from_catalog, years_seen,
                   CASE WHEN TRIM(COALESCE(years_seen, '')) = '' THEN 0 ELSE 1 END AS dated,
                   CASE WHEN TRIM(COALESCE(years_seen, '')) = '' THEN NULL
                        ELSE CAST(SUBSTRING(TRIM(years_seen), 1, 4) AS DECIMAL(4, 0)) END AS valid_from,
                   CASE WHEN TRIM(COALESCE(years_seen, '')) = '' THEN NULL
                        ELSE CAST(SUBSTRING(TRIM(years_seen), CHAR_LENGTH(TRIM(years_seen)) - 3, 4) AS DECIMAL(4, 0))
                   END AS last_seen
            FROM dim_functional_class) c) e;

-- The one name of each code in each fiscal year of dim_fiscal_year.
CREATE VIEW v_functional_class_year AS
SELECT y.fiscal_year,
       e.code,
       e.name,
       e.level,
       e.parent_code,
       e.from_catalog
FROM dim_fiscal_year y
JOIN v_functional_class_edition e ON y.fiscal_year BETWEEN e.effective_from AND e.effective_to;

-- One row per code: its current name (the one still effective), and how many names it has had.
CREATE VIEW v_functional_class AS
SELECT e.code, e.name, e.level, e.parent_code, e.from_catalog, e.name_count, e.first_seen, e.last_seen
FROM (SELECT code, name, level, parent_code, from_catalog, effective_to,
             COUNT(*) OVER (PARTITION BY code) AS name_count,
             MIN(valid_from) OVER (PARTITION BY code) AS first_seen,
             MAX(last_seen) OVER (PARTITION BY code) AS last_seen
      FROM v_functional_class_edition) e
WHERE e.effective_to = 9999;

CREATE VIEW v_economic_class_edition AS
SELECT e.code,
       e.name,
       e.level,
       e.parent_code,
       e.from_catalog,
       e.years_seen,
       e.valid_from,
       CASE WHEN e.dated = 1 THEN e.next_from - 1 END AS valid_to,
       e.last_seen,
       CASE WHEN e.dated = 1 AND e.rank_in_kind > 1 THEN e.valid_from
            WHEN e.dated = 1 OR (e.dated_names = 0 AND e.rank_in_kind = 1) THEN 0 END AS effective_from,
       CASE WHEN e.dated = 1 THEN COALESCE(e.next_from - 1, 9999)
            WHEN e.dated_names = 0 AND e.rank_in_kind = 1 THEN 9999 END AS effective_to
FROM (SELECT c.code, c.name, c.level, c.parent_code, c.from_catalog, c.years_seen, c.valid_from, c.last_seen,
             c.dated,
             LEAD(c.valid_from) OVER (PARTITION BY c.code, c.dated ORDER BY c.valid_from, c.name) AS next_from,
             ROW_NUMBER() OVER (PARTITION BY c.code, c.dated ORDER BY c.valid_from, c.name) AS rank_in_kind,
             SUM(c.dated) OVER (PARTITION BY c.code) AS dated_names
      FROM (SELECT code, name, level, parent_code, from_catalog, years_seen,
                   CASE WHEN TRIM(COALESCE(years_seen, '')) = '' THEN 0 ELSE 1 END AS dated,
                   CASE WHEN TRIM(COALESCE(years_seen, '')) = '' THEN NULL
                        ELSE CAST(SUBSTRING(TRIM(years_seen), 1, 4) AS DECIMAL(4, 0)) END AS valid_from,
                   CASE WHEN TRIM(COALESCE(years_seen, '')) = '' THEN NULL
                        ELSE CAST(SUBSTRING(TRIM(years_seen), CHAR_LENGTH(TRIM(years_seen)) - 3, 4) AS DECIMAL(4, 0))
                   END AS last_seen
            FROM dim_economic_class) c) e;

-- The one name of each code in each fiscal year of dim_fiscal_year.
CREATE VIEW v_economic_class_year AS
SELECT y.fiscal_year,
       e.code,
       e.name,
       e.level,
       e.parent_code,
       e.from_catalog
FROM dim_fiscal_year y
JOIN v_economic_class_edition e ON y.fiscal_year BETWEEN e.effective_from AND e.effective_to;

-- One row per code: its current name (the one still effective), and how many names it has had.
CREATE VIEW v_economic_class AS
SELECT e.code, e.name, e.level, e.parent_code, e.from_catalog, e.name_count, e.first_seen, e.last_seen
FROM (SELECT code, name, level, parent_code, from_catalog, effective_to,
             COUNT(*) OVER (PARTITION BY code) AS name_count,
             MIN(valid_from) OVER (PARTITION BY code) AS first_seen,
             MAX(last_seen) OVER (PARTITION BY code) AS last_seen
      FROM v_economic_class_edition) e
WHERE e.effective_to = 9999;

-- ==== Typed facts, one view per table family ====================================================
-- Keys and amounts only (names are joined in by the v_* views below). One row per printed row that
-- has a non-zero figure; a measure the row does not print reads 0.00 and its *_cell is NULL.

-- T02 收入决算表: income by 功能分类 and source.
CREATE VIEW f_income_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.row_key AS function_code,
       CASE WHEN f.row_key = 'TOTAL' THEN 0 WHEN CHAR_LENGTH(f.row_key) = 3 THEN 1
            WHEN CHAR_LENGTH(f.row_key) = 5 THEN 2 WHEN CHAR_LENGTH(f.row_key) = 7 THEN 3 ELSE 0 END AS code_level,
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
WHERE s.is_current = TRUE AND f.table_code = 'T02'
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.row_key;

-- T03 支出决算表: all spending by 功能分类, 基本/项目 and the rest.
CREATE VIEW f_expenditure_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.row_key AS function_code,
       CASE WHEN f.row_key = 'TOTAL' THEN 0 WHEN CHAR_LENGTH(f.row_key) = 3 THEN 1
            WHEN CHAR_LENGTH(f.row_key) = 5 THEN 2 WHEN CHAR_LENGTH(f.row_key) = 7 THEN 3 ELSE 0 END AS code_level,
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
WHERE s.is_current = TRUE AND f.table_code = 'T03'
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.row_key;

-- T06 (一般公共预算, budget_kind GPB) and T12 (国有资本经营预算, SOE) 财政拨款支出 by 功能分类.
CREATE VIEW f_fiscal_expenditure_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T06' THEN 'GPB' WHEN 'T12' THEN 'SOE' END AS budget_kind,
       f.row_key AS function_code,
       CASE WHEN f.row_key = 'TOTAL' THEN 0 WHEN CHAR_LENGTH(f.row_key) = 3 THEN 1
            WHEN CHAR_LENGTH(f.row_key) = 5 THEN 2 WHEN CHAR_LENGTH(f.row_key) = 7 THEN 3 ELSE 0 END AS code_level,
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
WHERE s.is_current = TRUE AND f.table_code IN ('T06', 'T12')
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.table_code, f.row_key;

-- T05 (all 财政拨款, scope FISCAL) and T07 (一般公共预算 only, scope GPB): 基本支出 as 人员/公用经费 and
-- 项目支出 by economic 类 (project_301 … project_399).
CREATE VIEW f_fiscal_detail_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T05' THEN 'FISCAL' WHEN 'T07' THEN 'GPB' END AS scope,
       f.row_key AS function_code,
       CASE WHEN f.row_key = 'TOTAL' THEN 0 WHEN CHAR_LENGTH(f.row_key) = 3 THEN 1
            WHEN CHAR_LENGTH(f.row_key) = 5 THEN 2 WHEN CHAR_LENGTH(f.row_key) = 7 THEN 3 ELSE 0 END AS code_level,
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
WHERE s.is_current = TRUE AND f.table_code IN ('T05', 'T07')
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.table_code, f.row_key;

-- T10 (政府性基金预算, budget_kind GOVFUND) and T11 (国有资本经营预算, SOE): 结转, income and spending.
CREATE VIEW f_fund_budget_by_function AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T10' THEN 'GOVFUND' WHEN 'T11' THEN 'SOE' END AS budget_kind,
       f.row_key AS function_code,
       CASE WHEN f.row_key = 'TOTAL' THEN 0 WHEN CHAR_LENGTH(f.row_key) = 3 THEN 1
            WHEN CHAR_LENGTH(f.row_key) = 5 THEN 2 WHEN CHAR_LENGTH(f.row_key) = 7 THEN 3 ELSE 0 END AS code_level,
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
WHERE s.is_current = TRUE AND f.table_code IN ('T10', 'T11')
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status, f.table_code, f.row_key;

-- T01 收入支出决算总表: one row per submission, one column per line (the 类 lines are in
-- f_expenditure_by_function, printed by T03 with the same figures).
CREATE VIEW f_account_summary AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_GPB' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_gpb_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_GOVFUND' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_govfund_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_SOE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_soe_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_UPPER' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_upper_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_SERVICE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_service_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_OPERATING' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_operating_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_AFFILIATE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_affiliate_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_OTHER' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_other_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_TOTAL' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'USE_NONFISCAL_BALANCE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS use_nonfiscal_balance_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'BEGIN_BALANCE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS begin_balance_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_GRAND_TOTAL' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_grand_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS exp_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'BALANCE_DISTRIBUTION' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS balance_distribution_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS end_balance_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS exp_grand_total_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.row_key = 'INC_GPB' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_gpb_cell,
       MAX(CASE WHEN f.row_key = 'INC_GOVFUND' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_govfund_cell,
       MAX(CASE WHEN f.row_key = 'INC_SOE' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_soe_cell,
       MAX(CASE WHEN f.row_key = 'INC_UPPER' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_upper_cell,
       MAX(CASE WHEN f.row_key = 'INC_SERVICE' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_service_cell,
       MAX(CASE WHEN f.row_key = 'INC_OPERATING' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_operating_cell,
       MAX(CASE WHEN f.row_key = 'INC_AFFILIATE' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_affiliate_cell,
       MAX(CASE WHEN f.row_key = 'INC_OTHER' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_other_cell,
       MAX(CASE WHEN f.row_key = 'INC_TOTAL' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_total_cell,
       MAX(CASE WHEN f.row_key = 'USE_NONFISCAL_BALANCE' AND f.column_key = 'amount' THEN f.source_cell END) AS use_nonfiscal_balance_cell,
       MAX(CASE WHEN f.row_key = 'BEGIN_BALANCE' AND f.column_key = 'amount' THEN f.source_cell END) AS begin_balance_cell,
       MAX(CASE WHEN f.row_key = 'INC_GRAND_TOTAL' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_grand_total_cell,
       MAX(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'amount' THEN f.source_cell END) AS exp_total_cell,
       MAX(CASE WHEN f.row_key = 'BALANCE_DISTRIBUTION' AND f.column_key = 'amount' THEN f.source_cell END) AS balance_distribution_cell,
       MAX(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'amount' THEN f.source_cell END) AS end_balance_cell,
       MAX(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'amount' THEN f.source_cell END) AS exp_grand_total_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
WHERE s.is_current = TRUE AND f.table_code = 'T01'
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status;

-- T04 财政拨款收入支出决算总表: one row per submission; expenditure lines by budget (total/gpb/govfund/soe).
CREATE VIEW f_fiscal_account_summary AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_GPB' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_gpb_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_GOVFUND' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_govfund_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_SOE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_soe_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_TOTAL' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'BEGIN_BALANCE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS begin_balance_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'BEGIN_BALANCE_GPB' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS begin_balance_gpb_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'BEGIN_BALANCE_GOVFUND' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS begin_balance_govfund_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'BEGIN_BALANCE_SOE' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS begin_balance_soe_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'INC_GRAND_TOTAL' AND f.column_key = 'amount' THEN f.amount_yuan END), 0.00) AS inc_grand_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS exp_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'gpb' THEN f.amount_yuan END), 0.00) AS exp_total_gpb_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'govfund' THEN f.amount_yuan END), 0.00) AS exp_total_govfund_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'soe' THEN f.amount_yuan END), 0.00) AS exp_total_soe_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS end_balance_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'gpb' THEN f.amount_yuan END), 0.00) AS end_balance_gpb_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'govfund' THEN f.amount_yuan END), 0.00) AS end_balance_govfund_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'soe' THEN f.amount_yuan END), 0.00) AS end_balance_soe_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'total' THEN f.amount_yuan END), 0.00) AS exp_grand_total_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'gpb' THEN f.amount_yuan END), 0.00) AS exp_grand_total_gpb_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'govfund' THEN f.amount_yuan END), 0.00) AS exp_grand_total_govfund_yuan,
       COALESCE(SUM(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'soe' THEN f.amount_yuan END), 0.00) AS exp_grand_total_soe_yuan,
       MAX(f.source_file) AS source_file,
       MAX(f.source_sheet) AS source_sheet,
       MAX(CASE WHEN f.row_key = 'INC_GPB' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_gpb_cell,
       MAX(CASE WHEN f.row_key = 'INC_GOVFUND' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_govfund_cell,
       MAX(CASE WHEN f.row_key = 'INC_SOE' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_soe_cell,
       MAX(CASE WHEN f.row_key = 'INC_TOTAL' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_total_cell,
       MAX(CASE WHEN f.row_key = 'BEGIN_BALANCE' AND f.column_key = 'amount' THEN f.source_cell END) AS begin_balance_cell,
       MAX(CASE WHEN f.row_key = 'BEGIN_BALANCE_GPB' AND f.column_key = 'amount' THEN f.source_cell END) AS begin_balance_gpb_cell,
       MAX(CASE WHEN f.row_key = 'BEGIN_BALANCE_GOVFUND' AND f.column_key = 'amount' THEN f.source_cell END) AS begin_balance_govfund_cell,
       MAX(CASE WHEN f.row_key = 'BEGIN_BALANCE_SOE' AND f.column_key = 'amount' THEN f.source_cell END) AS begin_balance_soe_cell,
       MAX(CASE WHEN f.row_key = 'INC_GRAND_TOTAL' AND f.column_key = 'amount' THEN f.source_cell END) AS inc_grand_total_cell,
       MAX(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'total' THEN f.source_cell END) AS exp_total_cell,
       MAX(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'gpb' THEN f.source_cell END) AS exp_total_gpb_cell,
       MAX(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'govfund' THEN f.source_cell END) AS exp_total_govfund_cell,
       MAX(CASE WHEN f.row_key = 'EXP_TOTAL' AND f.column_key = 'soe' THEN f.source_cell END) AS exp_total_soe_cell,
       MAX(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'total' THEN f.source_cell END) AS end_balance_cell,
       MAX(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'gpb' THEN f.source_cell END) AS end_balance_gpb_cell,
       MAX(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'govfund' THEN f.source_cell END) AS end_balance_govfund_cell,
       MAX(CASE WHEN f.row_key = 'END_BALANCE' AND f.column_key = 'soe' THEN f.source_cell END) AS end_balance_soe_cell,
       MAX(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'total' THEN f.source_cell END) AS exp_grand_total_cell,
       MAX(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'gpb' THEN f.source_cell END) AS exp_grand_total_gpb_cell,
       MAX(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'govfund' THEN f.source_cell END) AS exp_grand_total_govfund_cell,
       MAX(CASE WHEN f.row_key = 'EXP_GRAND_TOTAL' AND f.column_key = 'soe' THEN f.source_cell END) AS exp_grand_total_soe_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
WHERE s.is_current = TRUE AND f.table_code = 'T04'
GROUP BY f.submission_id, s.department_name, s.fiscal_year, s.status;

-- T08 一般公共预算财政拨款基本支出 (spending_kind BASIC, cost_group PERSONNEL for 301/303 else
-- PUBLIC) and T09 项目支出 (PROJECT) by economic 类/款; the printed totals are in
-- f_economic_expenditure_total, so summing the 款 rows here never double-counts.
CREATE VIEW f_economic_expenditure AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T08' THEN 'BASIC' ELSE 'PROJECT' END AS spending_kind,
       f.row_key AS economic_code,
       CASE CHAR_LENGTH(f.row_key) WHEN 3 THEN 1 ELSE 2 END AS code_level,
       CASE WHEN f.table_code = 'T09' THEN NULL
            WHEN SUBSTRING(f.row_key, 1, 3) IN ('301', '303') THEN 'PERSONNEL'
            ELSE 'PUBLIC' END AS cost_group,
       f.row_name AS printed_name,
       f.amount_yuan,
       f.source_file,
       f.source_sheet,
       f.source_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
WHERE s.is_current = TRUE AND f.table_code IN ('T08', 'T09') AND f.column_key = 'amount'
  AND f.row_key NOT IN ('TOTAL', 'PERSONNEL_TOTAL', 'PUBLIC_TOTAL');

-- The totals T08/T09 print: 人员经费合计 (PERSONNEL_TOTAL), 公用经费合计 (PUBLIC_TOTAL), T09 合计 (TOTAL).
CREATE VIEW f_economic_expenditure_total AS
SELECT f.submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       f.table_code,
       CASE f.table_code WHEN 'T08' THEN 'BASIC' ELSE 'PROJECT' END AS spending_kind,
       f.row_key AS total_key,
       f.row_name AS printed_name,
       f.amount_yuan,
       f.source_file,
       f.source_sheet,
       f.source_cell
FROM fact f
JOIN submission s ON s.id = f.submission_id
WHERE s.is_current = TRUE AND f.table_code IN ('T08', 'T09') AND f.column_key = 'amount'
  AND f.row_key IN ('TOTAL', 'PERSONNEL_TOTAL', 'PUBLIC_TOTAL');

-- T13 “三公” 经费: one row per item and submission that printed T13 (all six items, zeros included),
-- 预算数 next to 决算数.
CREATE VIEW f_three_public AS
SELECT s.id AS submission_id,
       s.department_name,
       s.fiscal_year,
       s.status AS submission_status,
       i.item_key,
       i.item_name,
       i.parent_key,
       i.sort_order,
       COALESCE(SUM(CASE WHEN f.column_key = CONCAT('budget.', i.item_key) THEN f.amount_yuan END), 0.00) AS budget_yuan,
       COALESCE(SUM(CASE WHEN f.column_key = CONCAT('final.', i.item_key) THEN f.amount_yuan END), 0.00) AS final_yuan,
       t.source_file,
       t.source_sheet,
       MAX(CASE WHEN f.column_key = CONCAT('budget.', i.item_key) THEN f.source_cell END) AS budget_cell,
       MAX(CASE WHEN f.column_key = CONCAT('final.', i.item_key) THEN f.source_cell END) AS final_cell
FROM submission s
JOIN submission_table t ON t.submission_id = s.id AND t.table_code = 'T13'
CROSS JOIN dim_three_public_item i
LEFT JOIN fact f ON f.submission_id = s.id AND f.table_code = 'T13' AND f.row_key = 'TOTAL'
                AND f.column_key IN (CONCAT('budget.', i.item_key), CONCAT('final.', i.item_key))
WHERE s.is_current = TRUE
GROUP BY s.id, s.department_name, s.fiscal_year, s.status, i.item_key, i.item_name, i.parent_key, i.sort_order,
         t.source_file, t.source_sheet;

-- ==== Named facts: the typed facts with department and classification names ======================
-- function_name / economic_name is the catalog name valid in the row's fiscal year (the name as
-- printed is kept in printed_name); class_* names the 类 the row belongs to.

CREATE VIEW v_expenditure_by_function AS
SELECT e.submission_id,
       d.department_id,
       e.department_name,
       d.region,
       e.fiscal_year,
       e.submission_status,
       e.function_code,
       e.code_level,
       COALESCE(n.name, e.printed_name) AS function_name,
       e.printed_name,
       c.code AS class_code,
       c.name AS class_name,
       e.total_yuan,
       e.basic_yuan,
       e.project_yuan,
       e.upper_remit_yuan,
       e.operating_yuan,
       e.affiliate_grant_yuan,
       e.source_file,
       e.source_sheet,
       e.total_cell,
       e.basic_cell,
       e.project_cell,
       e.upper_remit_cell,
       e.operating_cell,
       e.affiliate_grant_cell
FROM f_expenditure_by_function e
JOIN dim_department d ON d.department_name = e.department_name
LEFT JOIN v_functional_class_edition n ON n.code = e.function_code
                                      AND e.fiscal_year BETWEEN n.effective_from AND n.effective_to
LEFT JOIN v_functional_class_edition c ON e.code_level > 0 AND c.code = SUBSTRING(e.function_code, 1, 3)
                                      AND e.fiscal_year BETWEEN c.effective_from AND c.effective_to;

CREATE VIEW v_income_by_function AS
SELECT e.submission_id,
       d.department_id,
       e.department_name,
       d.region,
       e.fiscal_year,
       e.submission_status,
       e.function_code,
       e.code_level,
       COALESCE(n.name, e.printed_name) AS function_name,
       e.printed_name,
       c.code AS class_code,
       c.name AS class_name,
       e.total_yuan,
       e.fiscal_yuan,
       e.upper_yuan,
       e.service_yuan,
       e.operating_yuan,
       e.affiliate_yuan,
       e.other_yuan,
       e.source_file,
       e.source_sheet,
       e.total_cell,
       e.fiscal_cell,
       e.upper_cell,
       e.service_cell,
       e.operating_cell,
       e.affiliate_cell,
       e.other_cell
FROM f_income_by_function e
JOIN dim_department d ON d.department_name = e.department_name
LEFT JOIN v_functional_class_edition n ON n.code = e.function_code
                                      AND e.fiscal_year BETWEEN n.effective_from AND n.effective_to
LEFT JOIN v_functional_class_edition c ON e.code_level > 0 AND c.code = SUBSTRING(e.function_code, 1, 3)
                                      AND e.fiscal_year BETWEEN c.effective_from AND c.effective_to;

CREATE VIEW v_fiscal_expenditure_by_function AS
SELECT e.submission_id,
       d.department_id,
       e.department_name,
       d.region,
       e.fiscal_year,
       e.submission_status,
       e.table_code,
       e.budget_kind,
       e.function_code,
       e.code_level,
       COALESCE(n.name, e.printed_name) AS function_name,
       e.printed_name,
       c.code AS class_code,
       c.name AS class_name,
       e.total_yuan,
       e.basic_yuan,
       e.project_yuan,
       e.source_file,
       e.source_sheet,
       e.total_cell,
       e.basic_cell,
       e.project_cell
FROM f_fiscal_expenditure_by_function e
JOIN dim_department d ON d.department_name = e.department_name
LEFT JOIN v_functional_class_edition n ON n.code = e.function_code
                                      AND e.fiscal_year BETWEEN n.effective_from AND n.effective_to
LEFT JOIN v_functional_class_edition c ON e.code_level > 0 AND c.code = SUBSTRING(e.function_code, 1, 3)
                                      AND e.fiscal_year BETWEEN c.effective_from AND c.effective_to;

CREATE VIEW v_economic_expenditure AS
SELECT e.submission_id,
       d.department_id,
       e.department_name,
       d.region,
       e.fiscal_year,
       e.submission_status,
       e.table_code,
       e.spending_kind,
       e.cost_group,
       e.economic_code,
       e.code_level,
       COALESCE(n.name, e.printed_name) AS economic_name,
       e.printed_name,
       c.code AS class_code,
       c.name AS class_name,
       e.amount_yuan,
       e.source_file,
       e.source_sheet,
       e.source_cell
FROM f_economic_expenditure e
JOIN dim_department d ON d.department_name = e.department_name
LEFT JOIN v_economic_class_edition n ON n.code = e.economic_code
                                    AND e.fiscal_year BETWEEN n.effective_from AND n.effective_to
LEFT JOIN v_economic_class_edition c ON c.code = SUBSTRING(e.economic_code, 1, 3)
                                    AND e.fiscal_year BETWEEN c.effective_from AND c.effective_to;

-- execution_rate_pct: 决算数 as a percentage of 预算数 (NULL when nothing was budgeted).
CREATE VIEW v_three_public AS
SELECT t.submission_id,
       d.department_id,
       t.department_name,
       d.region,
       t.fiscal_year,
       t.submission_status,
       t.item_key,
       t.item_name,
       t.parent_key,
       t.sort_order,
       t.budget_yuan,
       t.final_yuan,
       CASE WHEN t.budget_yuan <> 0 THEN ROUND(100 * t.final_yuan / t.budget_yuan, 2) END AS execution_rate_pct,
       t.source_file,
       t.source_sheet,
       t.budget_cell,
       t.final_cell
FROM f_three_public t
JOIN dim_department d ON d.department_name = t.department_name;
