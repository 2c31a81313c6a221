package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures as a {@link LayoutVariant} prints them, which is what an importer must recover: only the variant's
 * tables (an omitted empty table is absent, not empty), and T09/T07 keyed by the other classification when the
 * variant prints their alternative layouts (docs/tables.md §3.5, §3.9).
 */
final class VariantAccounts {

    static final List<ValueColumn> T07_ECONOMIC_COLUMNS = List.of(
            ValueColumn.of("total", "合计"), ValueColumn.of("basic", "基本支出"), ValueColumn.of("project", "项目支出"));
    static final List<ValueColumn> T09_FUNCTIONAL_COLUMNS = List.of(ValueColumn.of("amount", "决算数"));

    private VariantAccounts() {
    }

    static DepartmentAccounts of(DepartmentAccounts accounts, LayoutVariant variant) {
        Map<String, List<AccountRow>> tables = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (FinalAccountTable table : variant.tables()) {
            String code = table.code();
            if (!accounts.tables().containsKey(code)) {
                continue;
            }
            String note = accounts.emptyTableNotes().get(code);
            if (note != null && variant.emptyTables() == LayoutVariant.EmptyTables.OMITTED) {
                continue;
            }
            List<AccountRow> rows = accounts.rows(code);
            if (table == FinalAccountTable.T09 && variant.t09FunctionalRows()) {
                rows = t09ByFunction(accounts);
            } else if (table == FinalAccountTable.T07 && variant.t07EconomicRows()) {
                rows = t07ByEconomicClass(accounts);
            }
            tables.put(code, rows);
            if (note != null) {
                notes.put(code, note);
            }
        }
        return new DepartmentAccounts(accounts.departmentName(), accounts.fiscalYear(), tables, notes);
    }

    /** T09 by 功能分类 rows: the 项目支出 of every T06 row that has some, under a 合计. */
    private static List<AccountRow> t09ByFunction(DepartmentAccounts accounts) {
        List<AccountRow> rows = new ArrayList<>();
        for (AccountRow r : accounts.rows(FinalAccountTable.T06.code())) {
            BigDecimal project = r.amount("project");
            if (project.signum() != 0 || r.rowKey().equals(FunctionalRows.TOTAL)) {
                rows.add(new AccountRow(r.rowKey(), r.rowName(), Map.of("amount", project)));
            }
        }
        return rows;
    }

    /** T07 by 经济分类 rows: 基本支出 from T08, 项目支出 from T09, 合计 their sum; 合计 row first. */
    private static List<AccountRow> t07ByEconomicClass(DepartmentAccounts accounts) {
        Map<String, BigDecimal> basic = amounts(accounts.rows(FinalAccountTable.T08.code()));
        Map<String, BigDecimal> project = amounts(accounts.rows(FinalAccountTable.T09.code()));
        Map<String, String> names = new TreeMap<>();
        for (String t : List.of(FinalAccountTable.T08.code(), FinalAccountTable.T09.code())) {
            accounts.rows(t).forEach(r -> names.putIfAbsent(r.rowKey(), r.rowName()));
        }
        List<AccountRow> rows = new ArrayList<>();
        BigDecimal basicTotal = Money.ZERO;
        BigDecimal projectTotal = Money.ZERO;
        for (Map.Entry<String, String> e : names.entrySet()) { // "301" < "30101" < "302": depth-first order
            String code = e.getKey();
            if (!code.chars().allMatch(Character::isDigit)) {
                continue;
            }
            BigDecimal b = basic.getOrDefault(code, Money.ZERO);
            BigDecimal p = project.getOrDefault(code, Money.ZERO);
            if (b.signum() == 0 && p.signum() == 0) {
                continue;
            }
            rows.add(new AccountRow(code, e.getValue(), ordered(b.add(p), b, p)));
            if (code.length() == 3) {
                basicTotal = basicTotal.add(b);
                projectTotal = projectTotal.add(p);
            }
        }
        rows.add(0, new AccountRow(FunctionalRows.TOTAL, "合计",
                ordered(basicTotal.add(projectTotal), basicTotal, projectTotal)));
        return rows;
    }

    /** total, basic, project in print order (the expected-facts file lists them so). */
    private static Map<String, BigDecimal> ordered(BigDecimal total, BigDecimal basic, BigDecimal project) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("basic", basic);
        m.put("project", project);
        return m;
    }

    private static Map<String, BigDecimal> amounts(List<AccountRow> rows) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.rowKey(), r.amount("amount")));
        return m;
    }
}
