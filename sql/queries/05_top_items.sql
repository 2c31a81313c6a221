-- Question: on which 项 did each department spend most in each year? The five largest 项 of the
-- 支出功能分类 by 本年支出合计, with their share of the department's printed total.
-- Source: T03 支出决算表, 项 rows (7-digit codes); ties are broken by code. Amounts in 元.
SELECT department_name,
       fiscal_year,
       item_rank,
       function_code AS item_code,
       function_name AS item_name,
       total_yuan,
       share_of_total_pct
FROM (SELECT e.department_name,
             e.fiscal_year,
             e.function_code,
             e.function_name,
             e.total_yuan,
             ROUND(100 * e.total_yuan / NULLIF(t.total_yuan, 0), 2) AS share_of_total_pct,
             ROW_NUMBER() OVER (PARTITION BY e.submission_id ORDER BY e.total_yuan DESC, e.function_code) AS item_rank
      FROM v_expenditure_by_function e
      JOIN f_expenditure_by_function t ON t.submission_id = e.submission_id AND t.function_code = 'TOTAL'
      WHERE e.code_level = 3) ranked
WHERE item_rank <= 5
ORDER BY department_name, fiscal_year, item_rank;
