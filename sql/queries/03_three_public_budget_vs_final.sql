-- Question: how did each department's “三公” 经费 (因公出国（境）, 公务用车, 公务接待) turn out
-- against its budget? One line per item: 预算数, 决算数, how far over (negative: under) budget,
-- and the execution rate (决算数 / 预算数, NULL when nothing was budgeted).
-- Source: T13 财政拨款“三公”经费支出决算表. Amounts in 元.
SELECT department_name,
       fiscal_year,
       item_name,
       budget_yuan,
       final_yuan,
       final_yuan - budget_yuan AS over_budget_yuan,
       execution_rate_pct
FROM v_three_public
ORDER BY department_name, fiscal_year, sort_order;
