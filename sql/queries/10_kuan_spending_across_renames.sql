-- Question: how did each department's spending per 款 change from the year before — including 款
-- whose name changed between classification editions? Rows are joined on the code, never on the
-- name, so a renamed 款 (20805 行政事业单位离退休 → 行政事业单位养老支出) stays one row; the name
-- each year's submission printed is shown beside the catalog name valid in the later year, and
-- renamed says when they differ. Source: T03 支出决算表, 款 rows; departments with both years. 元.
WITH kuan_spending AS (
    SELECT department_name, fiscal_year, function_code, printed_name, total_yuan
    FROM f_expenditure_by_function
    WHERE code_level = 2
),
department_year AS (
    SELECT department_name, fiscal_year FROM f_expenditure_by_function WHERE function_code = 'TOTAL'
),
comparable AS (
    SELECT cur.department_name, cur.fiscal_year
    FROM department_year cur
    JOIN department_year prev ON prev.department_name = cur.department_name AND prev.fiscal_year = cur.fiscal_year - 1
),
kuan_key AS (
    SELECT y.department_name, y.fiscal_year, k.function_code
    FROM comparable y
    JOIN kuan_spending k ON k.department_name = y.department_name AND k.fiscal_year = y.fiscal_year
    UNION
    SELECT y.department_name, y.fiscal_year, k.function_code
    FROM comparable y
    JOIN kuan_spending k ON k.department_name = y.department_name AND k.fiscal_year = y.fiscal_year - 1
)
SELECT k.department_name,
       k.fiscal_year,
       k.function_code AS kuan_code,
       n.name AS kuan_name,
       prev.printed_name AS previous_printed_name,
       cur.printed_name,
       CASE WHEN prev.printed_name <> cur.printed_name THEN 'renamed' END AS renamed,
       COALESCE(prev.total_yuan, 0.00) AS previous_yuan,
       COALESCE(cur.total_yuan, 0.00) AS current_yuan,
       COALESCE(cur.total_yuan, 0.00) - COALESCE(prev.total_yuan, 0.00) AS change_yuan
FROM kuan_key k
LEFT JOIN kuan_spending cur ON cur.department_name = k.department_name AND cur.fiscal_year = k.fiscal_year
                           AND cur.function_code = k.function_code
LEFT JOIN kuan_spending prev ON prev.department_name = k.department_name AND prev.fiscal_year = k.fiscal_year - 1
                            AND prev.function_code = k.function_code
LEFT JOIN v_functional_class_edition n ON n.code = k.function_code
                                      AND k.fiscal_year BETWEEN n.effective_from AND n.effective_to
ORDER BY k.department_name, k.fiscal_year, k.function_code;
