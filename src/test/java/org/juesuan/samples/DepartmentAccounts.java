package org.juesuan.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures one department submits for one fiscal year: every printed row of the 13 tables.
 *
 * @param departmentName  as printed on the 部门 line
 * @param fiscalYear      e.g. 2023
 * @param tables          table code ({@code T01}…{@code T13}) → its rows in print order (for T08/T09 the order is
 *                        group by group, left to right)
 * @param emptyTableNotes table code → the 空表说明 line printed under an empty table
 */
public record DepartmentAccounts(String departmentName, int fiscalYear, Map<String, List<AccountRow>> tables,
                                 Map<String, String> emptyTableNotes) {

    public DepartmentAccounts {
        Map<String, List<AccountRow>> copy = new LinkedHashMap<>();
        tables.forEach((code, rows) -> copy.put(code, List.copyOf(rows)));
        tables = Collections.unmodifiableMap(copy);
        emptyTableNotes = Collections.unmodifiableMap(new LinkedHashMap<>(emptyTableNotes));
    }

    /** The rows of a table; empty list when the table is not part of the submission. */
    public List<AccountRow> rows(String tableCode) {
        return tables.getOrDefault(tableCode, List.of());
    }

    /** One row of a table by its key. */
    public Optional<AccountRow> row(String tableCode, String rowKey) {
        return rows(tableCode).stream().filter(r -> r.rowKey().equals(rowKey)).findFirst();
    }

    /** A copy with one table's rows replaced (used to inject the contradictions a real submission carries). */
    public DepartmentAccounts withTable(String tableCode, List<AccountRow> rows) {
        Map<String, List<AccountRow>> copy = new LinkedHashMap<>(tables);
        copy.put(tableCode, rows);
        return new DepartmentAccounts(departmentName, fiscalYear, copy, emptyTableNotes);
    }

    /** A copy with one row replaced by key (the row must exist). */
    public DepartmentAccounts withRow(String tableCode, AccountRow replacement) {
        List<AccountRow> rows = new ArrayList<>(rows(tableCode));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).rowKey().equals(replacement.rowKey())) {
                rows.set(i, replacement);
                return withTable(tableCode, rows);
            }
        }
        throw new IllegalArgumentException(tableCode + " has no row " + replacement.rowKey());
    }
}
