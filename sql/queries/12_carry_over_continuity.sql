-- Question: does each department's 年初结转和结余 equal the 年末结转和结余 it reported for the year
-- before? A difference means one of the two years' figures is wrong, or money was re-classified
-- without a word. All money (T01) and 财政拨款 only (T04), for every department-year whose
-- previous year is in the warehouse. Amounts in 元.
SELECT cur.department_name,
       cur.fiscal_year,
       prev.end_balance_yuan AS previous_end_yuan,
       cur.begin_balance_yuan AS begin_yuan,
       cur.begin_balance_yuan - prev.end_balance_yuan AS difference_yuan,
       pf.end_balance_yuan AS previous_fiscal_end_yuan,
       cf.begin_balance_yuan AS fiscal_begin_yuan,
       cf.begin_balance_yuan - pf.end_balance_yuan AS fiscal_difference_yuan
FROM f_account_summary cur
JOIN f_account_summary prev ON prev.department_name = cur.department_name AND prev.fiscal_year = cur.fiscal_year - 1
LEFT JOIN f_fiscal_account_summary cf ON cf.submission_id = cur.submission_id
LEFT JOIN f_fiscal_account_summary pf ON pf.submission_id = prev.submission_id
ORDER BY cur.department_name, cur.fiscal_year;
