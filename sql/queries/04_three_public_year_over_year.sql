-- Question (the one the public asks): did each department spend more or less on “三公” 经费 than
-- the year before, in total and per item?
-- Source: T13 决算数 of two consecutive fiscal years of the same department (departments with only
-- one year in the warehouse do not appear). change_pct is NULL when the previous year spent nothing.
-- Amounts in 元.
SELECT cur.department_name,
       cur.fiscal_year,
       cur.item_name,
       prev.final_yuan AS previous_final_yuan,
       cur.final_yuan,
       cur.final_yuan - prev.final_yuan AS change_yuan,
       ROUND(100 * (cur.final_yuan - prev.final_yuan) / NULLIF(prev.final_yuan, 0), 2) AS change_pct
FROM v_three_public cur
JOIN v_three_public prev ON prev.department_id = cur.department_id
                        AND prev.fiscal_year = cur.fiscal_year - 1
                        AND prev.item_key = cur.item_key
WHERE cur.parent_key IS NULL OR cur.parent_key = 'total'
ORDER BY cur.department_name, cur.fiscal_year, cur.sort_order;
