-- Question: how did money from the 政府性基金预算 (GOVFUND) and the 国有资本经营预算 (SOE) flow
-- through each department — carried in, received, spent (基本/项目), carried out — and does it
-- balance (unexplained_yuan = 年初 + 收入 − 支出 − 年末, 0 when it does)?
-- Source: the 合计 rows of T10 and T11; departments without such money do not appear. 元.
SELECT department_name,
       fiscal_year,
       budget_kind,
       begin_balance_yuan,
       income_yuan,
       exp_total_yuan,
       exp_basic_yuan,
       exp_project_yuan,
       end_balance_yuan,
       begin_balance_yuan + income_yuan - exp_total_yuan - end_balance_yuan AS unexplained_yuan
FROM f_fund_budget_by_function
WHERE function_code = 'TOTAL'
ORDER BY department_name, fiscal_year, budget_kind;
