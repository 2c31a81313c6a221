-- Question: how did each department's spending per 类 change from the year before?
-- Source: T03 支出决算表 本年支出合计 of the 类 rows, for every department-year whose previous
-- year is in the warehouse too; a 类 spent in only one of the two years shows 0 for the other
-- (change_pct NULL when the previous year spent nothing). Names as valid in the later year. 元.
WITH class_spending AS (
    SELECT department_name, fiscal_year, function_code, total_yuan
    FROM f_expenditure_by_function
    WHERE code_level = 1
),
department_year AS (
    SELECT department_name, fiscal_year FROM f_expenditure_by_function WHERE function_code = 'TOTAL'
),
comparable AS (
    SELECT cur.department_name, cur.fiscal_year
    FROM department_year cur
    JOIN department_year prev ON prev.department_name = cur.department_name AND prev.fiscal_year = cur.fiscal_year - 1
),
class_key AS (
    SELECT y.department_name, y.fiscal_year, c.function_code
    FROM comparable y
    JOIN class_spending c ON c.department_name = y.department_name AND c.fiscal_year = y.fiscal_year
    UNION
    SELECT y.department_name, y.fiscal_year, c.function_code
    FROM comparable y
    JOIN class_spending c ON c.department_name = y.department_name AND c.fiscal_year = y.fiscal_year - 1
)
SELECT k.department_name,
       k.fiscal_year,
       k.function_code AS class_code,
       n.name AS class_name,
       COALESCE(prev.total_yuan, 0.00) AS previous_yuan,
       COALESCE(cur.total_yuan, 0.00) AS current_yuan,
       COALESCE(cur.total_yuan, 0.00) - COALESCE(prev.total_yuan, 0.00) AS change_yuan,
       ROUND(100 * (COALESCE(cur.total_yuan, 0.00) - prev.total_yuan) / NULLIF(prev.total_yuan, 0.00), 2) AS change_pct
FROM class_key k
LEFT JOIN class_spending cur ON cur.department_name = k.department_name AND cur.fiscal_year = k.fiscal_year
                            AND cur.function_code = k.function_code
LEFT JOIN class_spending prev ON prev.department_name = k.department_name AND prev.fiscal_year = k.fiscal_year - 1
                             AND prev.function_code = k.function_code
LEFT JOIN v_functional_class_edition n ON n.code = k.function_code
                                      AND k.fiscal_year BETWEEN n.effective_from AND n.effective_to
ORDER BY k.department_name, k.fiscal_year, k.function_code;
