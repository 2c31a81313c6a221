package org.juesuan.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** A department's year as the warehouse holds its current version (v_fact and the tables it printed). */
public final class WarehouseFigures {

    private final JdbcTemplate jdbc;

    public WarehouseFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DepartmentYear> load(String department, int year) {
        Map<String, String> units = new LinkedHashMap<>();
        jdbc.query("SELECT st.table_code, st.unit FROM submission_table st JOIN submission s ON s.id = st.submission_id "
                        + "WHERE s.is_current = TRUE AND s.department_name = ? AND s.fiscal_year = ? ORDER BY st.table_code",
                rs -> {
                    units.put(rs.getString(1).trim(), rs.getString(2));
                }, department, year);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        List<DepartmentYear.Figure> figures = jdbc.query("SELECT table_code, row_key, row_name, column_key, amount_yuan, "
                        + "source_file, source_sheet, source_cell FROM v_fact WHERE department_name = ? AND fiscal_year = ?",
                (rs, n) -> new DepartmentYear.Figure(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                department, year);
        return Optional.of(new DepartmentYear(department, year, units, figures));
    }

    /** Why a department's year cannot be found, naming the departments that are loaded for that year. */
    public String notLoaded(String department, int year) {
        return "仓库中没有「" + department + "」" + year + " 年度的报表；已入库的部门：" + String.join("、", departments(year));
    }

    /** The departments loaded for a year, to suggest one when a name does not match. */
    public List<String> departments(int year) {
        return jdbc.queryForList("SELECT DISTINCT department_name FROM submission WHERE is_current = TRUE "
                + "AND fiscal_year = ? ORDER BY department_name", String.class, year);
    }
}
