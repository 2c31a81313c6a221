-- Question: what does each department's 基本支出 buy? 一般公共预算财政拨款基本支出 by economic 类
-- (工资福利支出, 商品和服务支出, 对个人和家庭的补助, …), marked 人员经费 (PERSONNEL: 301, 303) or
-- 公用经费 (PUBLIC), with each 类's share of the Σ of the 类 rows.
-- Source: T08 一般公共预算财政拨款基本支出决算表. Names as valid in the year. Amounts in 元.
SELECT e.department_name,
       e.fiscal_year,
       e.cost_group,
       e.economic_code AS class_code,
       e.economic_name AS class_name,
       e.amount_yuan,
       ROUND(100 * e.amount_yuan / NULLIF(b.basic_yuan, 0), 2) AS share_of_basic_pct
FROM v_economic_expenditure e
JOIN (SELECT submission_id, SUM(amount_yuan) AS basic_yuan
      FROM f_economic_expenditure
      WHERE spending_kind = 'BASIC' AND code_level = 1
      GROUP BY submission_id) b ON b.submission_id = e.submission_id
WHERE e.spending_kind = 'BASIC' AND e.code_level = 1
ORDER BY e.department_name, e.fiscal_year, e.economic_code;
