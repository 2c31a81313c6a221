-- Question: how much 人员经费 and 公用经费 does each department spend per member of staff, where
-- the staff number is known? Staff numbers are not in the 13 tables: record them in
-- department_staffing (e.g. 年末实有人数 from the 部门决算 text); per-head figures are NULL until then.
-- Source: T08 人员经费合计 / 公用经费合计 (一般公共预算财政拨款基本支出). Amounts in 元.
SELECT t.department_name,
       t.fiscal_year,
       t.personnel_yuan,
       t.public_yuan,
       st.staff_count,
       ROUND(t.personnel_yuan / st.staff_count, 2) AS personnel_per_head_yuan,
       ROUND(t.public_yuan / st.staff_count, 2) AS public_per_head_yuan
FROM (SELECT submission_id,
             department_name,
             fiscal_year,
             SUM(CASE WHEN total_key = 'PERSONNEL_TOTAL' THEN amount_yuan ELSE 0 END) AS personnel_yuan,
             SUM(CASE WHEN total_key = 'PUBLIC_TOTAL' THEN amount_yuan ELSE 0 END) AS public_yuan
      FROM f_economic_expenditure_total
      WHERE table_code = 'T08'
      GROUP BY submission_id, department_name, fiscal_year) t
LEFT JOIN department_staffing st ON st.department_name = t.department_name AND st.fiscal_year = t.fiscal_year
ORDER BY t.department_name, t.fiscal_year;
