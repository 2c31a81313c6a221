package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures as a {@link LayoutVariant} prints them, which is what an importer must recover: only the variant's
 * tables (an omitted empty table is absent, not empty), T09/T07/T05 keyed by the other classification when the
 * variant prints their alternative layouts (docs/tables.md §3.5, §3.9), the blank form's 注 as the 空表说明, one 项目支出
 * 冲减 in T03 when the variant spells negatives, and every amount a hundredth when cells hold whole 元.
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
            } else if (table == FinalAccountTable.T05 && variant.t05EconomicRows() && sameFigures(rows,
                    accounts.rows(FinalAccountTable.T07.code()))) {
                rows = t07ByEconomicClass(accounts); // no other fund: T05 is T07, whose breakdown the model knows
            } else if (table == FinalAccountTable.T03 && variant.negatives() != LayoutVariant.Negatives.NONE) {
                rows = withProjectRefund(rows);
            }
            if (variant.wanFourDecimals()) {
                rows = rows.stream().map(VariantAccounts::hundredth).toList();
            }
            tables.put(code, rows);
            if (note != null) {
                notes.put(code, variant.emptyTables() == LayoutVariant.EmptyTables.TEMPLATE ? templateNote(table) : note);
            }
        }
        return new DepartmentAccounts(accounts.departmentName(), accounts.fiscalYear(), tables, notes);
    }

    /** Whether functional-table rows are printed by 经济分类 instead (the T05/T07 alternative layout). */
    static boolean byEconomicClass(List<AccountRow> rows) {
        return rows.stream().anyMatch(r -> r.rowKey().length() == 3 && r.rowKey().charAt(0) == '3');
    }

    private static boolean sameFigures(List<AccountRow> a, List<AccountRow> b) {
        return a.stream().map(r -> r.rowKey() + r.amounts()).toList()
                .equals(b.stream().map(r -> r.rowKey() + r.amounts()).toList());
    }

    /** The 注 a blank form prints under an empty table. */
    private static String templateNote(FinalAccountTable table) {
        return "注：本单位无" + switch (table) {
            case T09 -> "一般公共预算财政拨款项目支出";
            case T10 -> "政府性基金预算财政拨款收入、支出及结转和结余";
            case T11 -> "国有资本经营预算财政拨款收入、支出及结转和结余";
            default -> "国有资本经营预算财政拨款支出";
        } + "，故本表无数据。";
    }

    /**
     * A 项目支出 冲减 of −12.50 on the first 项 with 基本支出, the 基本支出 raised by as much on it and its 款, 类 and
     * 合计, so every row's 合计 stays as it was.
     */
    private static List<AccountRow> withProjectRefund(List<AccountRow> rows) {
        AccountRow item = rows.stream().filter(r -> r.rowKey().length() == 7 && r.amount("basic").signum() > 0)
                .findFirst().orElse(null);
        if (item == null) {
            return rows;
        }
        BigDecimal shift = item.amount("project").add(new BigDecimal("12.50"));
        String code = item.rowKey();
        List<String> touched = List.of(FunctionalRows.TOTAL, code.substring(0, 3), code.substring(0, 5), code);
        return rows.stream().map(r -> !touched.contains(r.rowKey()) ? r
                : r.with("basic", r.amount("basic").add(shift)).with("project", r.amount("project").subtract(shift)))
                .toList();
    }

    private static AccountRow hundredth(AccountRow r) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        r.amounts().forEach((column, amount) -> m.put(column, amount.movePointLeft(2)));
        return new AccountRow(r.rowKey(), r.rowName(), m);
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
