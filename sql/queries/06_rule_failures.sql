-- Question: which departments' current submissions break a given 审核公式, and in which cell?
-- Set the rule in `wanted` (ids as in src/main/resources/rules/2023.yaml, e.g. X5: 一般公共预算
-- 财政拨款基本支出 = 人员经费合计 + 公用经费合计; X6, T03-SUM, X2-TOTAL …). actual_yuan is the
-- figure at source_cell, expected_yuan what the rule computes it should be. Amounts in 元.
WITH wanted AS (SELECT 'X5' AS rule_id)
SELECT v.department_name,
       v.fiscal_year,
       v.rule_id,
       v.severity,
       v.table_code,
       v.source_sheet,
       v.source_cell,
       v.actual_yuan,
       v.expected_yuan,
       v.actual_yuan - v.expected_yuan AS difference_yuan
FROM v_finding v
JOIN wanted w ON w.rule_id = v.rule_id
ORDER BY v.department_name, v.fiscal_year, v.table_code, v.source_cell;
