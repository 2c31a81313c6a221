-- Question: where do departments' own totals disagree with their detail? Recomputes every 款, 类 and
-- the 合计 of T03 支出决算表 from its 项 rows (columns total 本年支出合计, basic 基本支出, project
-- 项目支出) and lists each printed figure that differs from the recomputed one (a 款/类 with 项
-- but no printed figure counts as printed 0). A consistent submission has no rows. Amounts in 元.
WITH item AS (
    SELECT submission_id, department_name, fiscal_year, function_code, total_yuan, basic_yuan, project_yuan
    FROM f_expenditure_by_function
    WHERE code_level = 3
),
item_parent AS (
    SELECT i.submission_id,
           i.department_name,
           i.fiscal_year,
           CASE p.code_level WHEN 0 THEN 'TOTAL' ELSE SUBSTRING(i.function_code, 1, p.code_length) END AS function_code,
           p.code_level,
           i.total_yuan,
           i.basic_yuan,
           i.project_yuan
    FROM item i
    CROSS JOIN (SELECT 0 AS code_level, 0 AS code_length
                UNION ALL SELECT 1, 3
                UNION ALL SELECT 2, 5) p
),
recomputed AS (
    SELECT submission_id, department_name, fiscal_year, function_code, code_level,
           SUM(total_yuan) AS total_yuan, SUM(basic_yuan) AS basic_yuan, SUM(project_yuan) AS project_yuan
    FROM item_parent
    GROUP BY submission_id, department_name, fiscal_year, function_code, code_level
),
printed AS (
    SELECT submission_id, department_name, fiscal_year, function_code, code_level, printed_name,
           total_yuan, basic_yuan, project_yuan
    FROM f_expenditure_by_function
    WHERE code_level IN (0, 1, 2)
),
both_sides AS (
    SELECT r.department_name, r.fiscal_year, r.function_code, r.code_level, p.printed_name,
           COALESCE(p.total_yuan, 0.00) AS printed_total, r.total_yuan AS recomputed_total,
           COALESCE(p.basic_yuan, 0.00) AS printed_basic, r.basic_yuan AS recomputed_basic,
           COALESCE(p.project_yuan, 0.00) AS printed_project, r.project_yuan AS recomputed_project
    FROM recomputed r
    LEFT JOIN printed p ON p.submission_id = r.submission_id AND p.function_code = r.function_code
    UNION ALL
    SELECT p.department_name, p.fiscal_year, p.function_code, p.code_level, p.printed_name,
           p.total_yuan, 0.00, p.basic_yuan, 0.00, p.project_yuan, 0.00
    FROM printed p
    WHERE NOT EXISTS (SELECT 1 FROM recomputed r
                      WHERE r.submission_id = p.submission_id AND r.function_code = p.function_code)
),
by_column AS (
    SELECT b.department_name, b.fiscal_year, b.code_level, b.function_code, b.printed_name,
           c.column_order, c.column_key,
           CASE c.column_key WHEN 'total' THEN b.printed_total
                             WHEN 'basic' THEN b.printed_basic
                             ELSE b.printed_project END AS printed_yuan,
           CASE c.column_key WHEN 'total' THEN b.recomputed_total
                             WHEN 'basic' THEN b.recomputed_basic
                             ELSE b.recomputed_project END AS recomputed_yuan
    FROM both_sides b
    CROSS JOIN (SELECT 1 AS column_order, 'total' AS column_key
                UNION ALL SELECT 2, 'basic'
                UNION ALL SELECT 3, 'project') c
)
SELECT department_name,
       fiscal_year,
       function_code,
       printed_name,
       column_key,
       printed_yuan,
       recomputed_yuan,
       printed_yuan - recomputed_yuan AS difference_yuan
FROM by_column
WHERE printed_yuan <> recomputed_yuan
ORDER BY department_name, fiscal_year, code_level, function_code, column_order;
