-- Question: which classification codes do submissions use that the reference catalogs lack? They
-- joined the dimensions when first loaded (from_catalog = FALSE, name as printed); someone should
-- confirm them against the official 政府收支分类科目. With how many departments use each, and when.
SELECT c.kind,
       c.code,
       c.name,
       c.level,
       c.parent_code,
       COUNT(DISTINCT v.department_name) AS departments,
       MIN(v.fiscal_year) AS first_year,
       MAX(v.fiscal_year) AS last_year
FROM (SELECT 'functional' AS kind, code, name, level, parent_code
      FROM dim_functional_class WHERE from_catalog = FALSE
      UNION ALL
      SELECT 'economic', code, name, level, parent_code
      FROM dim_economic_class WHERE from_catalog = FALSE) c
JOIN v_fact v ON v.row_key = c.code
             AND v.table_code NOT IN ('T01', 'T04', 'T13')
             AND c.kind = CASE WHEN v.table_code IN ('T08', 'T09') THEN 'economic' ELSE 'functional' END
GROUP BY c.kind, c.code, c.name, c.level, c.parent_code
ORDER BY c.kind DESC, c.code;
