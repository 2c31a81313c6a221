-- Question: what share of each department's spending was 基本支出 (keeping the organisation
-- running: 人员经费 and 公用经费) and what share 项目支出, year by year?
-- Source: the 合计 row of T03 支出决算表. Amounts in 元, shares in % of 本年支出合计.
SELECT department_name,
       fiscal_year,
       total_yuan,
       basic_yuan,
       project_yuan,
       ROUND(100 * basic_yuan / NULLIF(total_yuan, 0), 2) AS basic_pct,
       ROUND(100 * project_yuan / NULLIF(total_yuan, 0), 2) AS project_pct
FROM f_expenditure_by_function
WHERE function_code = 'TOTAL'
ORDER BY department_name, fiscal_year;
