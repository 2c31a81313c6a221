-- Question: how much did each department spend in each 类 of the 支出功能分类, per fiscal year,
-- and how much of it was 基本支出 and how much 项目支出?
-- Source: T03 支出决算表, the 类 rows as printed; share_of_total_pct is the 类's part of the
-- department's printed 本年支出合计. Names are the catalog names valid in that year. Amounts in 元.
-- Parameters (juesuan query --param name=value; left out = every one): :year 年度, :department 部门名称.
SELECT e.department_name,
       e.fiscal_year,
       e.function_code AS class_code,
       e.function_name AS class_name,
       e.total_yuan,
       e.basic_yuan,
       e.project_yuan,
       ROUND(100 * e.total_yuan / NULLIF(t.total_yuan, 0), 2) AS share_of_total_pct
FROM v_expenditure_by_function e
JOIN f_expenditure_by_function t ON t.submission_id = e.submission_id AND t.function_code = 'TOTAL'
WHERE e.code_level = 1
  AND e.fiscal_year = COALESCE(:year, e.fiscal_year)
  AND e.department_name = COALESCE(:department, e.department_name)
ORDER BY e.department_name, e.fiscal_year, e.function_code;
