-- Question: what is in the warehouse? One line per department-year (its current version): state
-- (LOADED_WITH_ERRORS when an ERROR-level 审核公式 is broken — see 06 and v_finding), version,
-- tables printed, how many of them are empty (printed with no figure, e.g. T10 with its 说明),
-- figures loaded, and WARNINGs (e.g. one per code missing from the year's official catalog, once
-- `juesuan catalog import` loaded it; without it such codes are INFO notes — see 16).
-- Parameters (juesuan query --param name=value; left out = every one): :year 年度.
SELECT s.department_name,
       s.fiscal_year,
       s.status,
       s.version,
       s.table_count AS tables_printed,
       (SELECT COUNT(*) FROM submission_table t
        WHERE t.submission_id = s.id
          AND NOT EXISTS (SELECT 1 FROM fact f WHERE f.submission_id = s.id AND f.table_code = t.table_code))
           AS empty_tables,
       s.fact_count AS figures,
       s.warning_count AS warnings
FROM submission s
WHERE s.is_current = TRUE
  AND s.fiscal_year = COALESCE(:year, s.fiscal_year)
ORDER BY s.department_name, s.fiscal_year;
