package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Checks the identities of docs/tables.md §3 (per row, hierarchy, intra-table) and §4.1 X1–X12 over a
 * {@link DepartmentAccounts}, exactly to the cent. Written from the spec, independently of the generator: it knows
 * the column keys and rules, not how the figures were made.
 */
final class AccountsIdentityChecker {

    /** One broken identity; {@link #id()} names it without the amounts, for exact expectations in tests. */
    record Violation(String rule, String table, String row, String column, BigDecimal expected, BigDecimal actual) {
        String id() {
            return rule + "|" + table + "|" + row + "|" + column;
        }
    }

    private static final List<String> FUNCTIONAL_TABLES = List.of("T02", "T03", "T05", "T06", "T07", "T10", "T11", "T12");
    private static final List<String> INCOME_ITEMS = List.of("INC_GPB", "INC_GOVFUND", "INC_SOE", "INC_UPPER",
            "INC_SERVICE", "INC_OPERATING", "INC_AFFILIATE", "INC_OTHER");
    private static final Map<String, String> T01_TO_T02 = Map.of("INC_UPPER", "upper", "INC_SERVICE", "service",
            "INC_OPERATING", "operating", "INC_AFFILIATE", "affiliate", "INC_OTHER", "other");
    private static final List<String> PROJECT_CLASSES = List.of("301", "302", "303", "307", "309", "310", "311", "312",
            "313", "399");

    private final DepartmentAccounts a;
    private final List<Violation> violations = new ArrayList<>();

    private AccountsIdentityChecker(DepartmentAccounts a) {
        this.a = a;
    }

    static List<Violation> check(DepartmentAccounts accounts) {
        AccountsIdentityChecker c = new AccountsIdentityChecker(accounts);
        c.perRow();
        c.hierarchy();
        c.totalSheets();
        c.crossTable();
        return c.violations;
    }

    static Set<String> ids(List<Violation> violations) {
        Set<String> ids = new TreeSet<>();
        violations.forEach(v -> ids.add(v.id()));
        return ids;
    }

    // ---- helpers ----

    private BigDecimal v(String table, String row, String column) {
        return a.row(table, row).map(r -> r.amount(column)).orElse(BigDecimal.ZERO);
    }

    private BigDecimal sum(BigDecimal... parts) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            s = s.add(p);
        }
        return s;
    }

    private void equal(String rule, String table, String row, String column, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            violations.add(new Violation(rule, table, row, column, expected, actual));
        }
    }

    private void atLeast(String rule, String table, String row, String column, BigDecimal floor, BigDecimal actual) {
        if (actual.compareTo(floor) < 0) {
            violations.add(new Violation(rule, table, row, column, floor, actual));
        }
    }

    private Set<String> columns(String table) {
        Set<String> columns = new LinkedHashSet<>();
        a.rows(table).forEach(r -> columns.addAll(r.amounts().keySet()));
        return columns;
    }

    private BigDecimal sumRows(String table, String column, Predicate<String> rowKey) {
        BigDecimal s = BigDecimal.ZERO;
        for (AccountRow r : a.rows(table)) {
            if (rowKey.test(r.rowKey())) {
                s = s.add(r.amount(column));
            }
        }
        return s;
    }

    private static boolean isCode(String key) {
        return key.chars().allMatch(Character::isDigit);
    }

    // ---- §3 per-row identities ----

    private void perRow() {
        for (AccountRow r : a.rows("T02")) {
            equal("ROW", "T02", r.rowKey(), "total", sum(r.amount("fiscal"), r.amount("upper"), r.amount("service"),
                    r.amount("operating"), r.amount("affiliate"), r.amount("other")), r.amount("total"));
        }
        for (AccountRow r : a.rows("T03")) {
            equal("ROW", "T03", r.rowKey(), "total", sum(r.amount("basic"), r.amount("project"), r.amount("upper_remit"),
                    r.amount("operating"), r.amount("affiliate_grant")), r.amount("total"));
        }
        for (String t : List.of("T05", "T07")) {
            for (AccountRow r : a.rows(t)) {
                equal("ROW", t, r.rowKey(), "total", sum(r.amount("basic"), r.amount("project")), r.amount("total"));
                equal("ROW", t, r.rowKey(), "basic", sum(r.amount("basic.personnel"), r.amount("basic.public")),
                        r.amount("basic"));
                BigDecimal projectParts = BigDecimal.ZERO;
                for (String cls : PROJECT_CLASSES) {
                    projectParts = projectParts.add(r.amount("project." + cls));
                }
                equal("ROW", t, r.rowKey(), "project", projectParts, r.amount("project"));
            }
        }
        for (String t : List.of("T06", "T12")) {
            for (AccountRow r : a.rows(t)) {
                equal("ROW", t, r.rowKey(), "total", sum(r.amount("basic"), r.amount("project")), r.amount("total"));
            }
        }
        for (String t : List.of("T10", "T11")) {
            for (AccountRow r : a.rows(t)) {
                equal("ROW", t, r.rowKey(), "exp_total", sum(r.amount("exp_basic"), r.amount("exp_project")),
                        r.amount("exp_total"));
                equal("ROW", t, r.rowKey(), "end_balance",
                        r.amount("begin_balance").add(r.amount("income")).subtract(r.amount("exp_total")),
                        r.amount("end_balance"));
            }
        }
        for (AccountRow r : a.rows("T04")) {
            if (isCode(r.rowKey()) || List.of("EXP_TOTAL", "END_BALANCE", "EXP_GRAND_TOTAL").contains(r.rowKey())) {
                equal("ROW", "T04", r.rowKey(), "total", sum(r.amount("gpb"), r.amount("govfund"), r.amount("soe")),
                        r.amount("total"));
            }
        }
        AccountRow t13 = a.row("T13", "TOTAL").orElseThrow();
        for (String block : List.of("budget", "final")) {
            BigDecimal vehicle = t13.amount(block + ".vehicle");
            equal("ROW", "T13", "TOTAL", block + ".vehicle",
                    sum(t13.amount(block + ".vehicle_purchase"), t13.amount(block + ".vehicle_operation")), vehicle);
            equal("ROW", "T13", "TOTAL", block + ".total",
                    sum(t13.amount(block + ".abroad"), vehicle, t13.amount(block + ".reception")), t13.amount(block + ".total"));
        }
    }

    // ---- §3 hierarchy: 类 = Σ款, 款 = Σ项, 合计 = Σ类; economic class = Σ款 and the totals ----

    private void hierarchy() {
        for (String t : FUNCTIONAL_TABLES) {
            for (String column : columns(t)) {
                for (AccountRow r : a.rows(t)) {
                    String key = r.rowKey();
                    if (isCode(key) && (key.length() == 3 || key.length() == 5)) {
                        equal("H", t, key, column,
                                sumRows(t, column, k -> isCode(k) && k.length() == key.length() + 2 && k.startsWith(key)),
                                r.amount(column));
                    }
                }
                equal("H", t, "TOTAL", column, sumRows(t, column, k -> isCode(k) && k.length() == 3),
                        v(t, "TOTAL", column));
            }
        }
        for (String t : List.of("T08", "T09")) {
            for (AccountRow r : a.rows(t)) {
                String key = r.rowKey();
                if (key.length() == 3 && isCode(key)) {
                    equal("H", t, key, "amount",
                            sumRows(t, "amount", k -> isCode(k) && k.length() == 5 && k.startsWith(key)), r.amount("amount"));
                }
            }
        }
        equal("H", "T08", "PERSONNEL_TOTAL", "amount", sum(v("T08", "301", "amount"), v("T08", "303", "amount")),
                v("T08", "PERSONNEL_TOTAL", "amount"));
        equal("H", "T08", "PUBLIC_TOTAL", "amount",
                sumRows("T08", "amount", k -> isCode(k) && k.length() == 3 && !k.equals("301") && !k.equals("303")),
                v("T08", "PUBLIC_TOTAL", "amount"));
        equal("H", "T09", "TOTAL", "amount", sumRows("T09", "amount", k -> isCode(k) && k.length() == 3),
                v("T09", "TOTAL", "amount"));
    }

    // ---- T01 / T04 balance formulas ----

    private void totalSheets() {
        BigDecimal income = BigDecimal.ZERO;
        for (String item : INCOME_ITEMS) {
            income = income.add(v("T01", item, "amount"));
        }
        equal("T01", "T01", "INC_TOTAL", "amount", income, v("T01", "INC_TOTAL", "amount"));
        equal("T01", "T01", "INC_GRAND_TOTAL", "amount", sum(v("T01", "INC_TOTAL", "amount"),
                v("T01", "USE_NONFISCAL_BALANCE", "amount"), v("T01", "BEGIN_BALANCE", "amount")),
                v("T01", "INC_GRAND_TOTAL", "amount"));
        equal("T01", "T01", "EXP_TOTAL", "amount", sumRows("T01", "amount", AccountsIdentityChecker::isCode),
                v("T01", "EXP_TOTAL", "amount"));
        equal("T01", "T01", "EXP_GRAND_TOTAL", "amount", sum(v("T01", "EXP_TOTAL", "amount"),
                v("T01", "BALANCE_DISTRIBUTION", "amount"), v("T01", "END_BALANCE", "amount")),
                v("T01", "EXP_GRAND_TOTAL", "amount"));
        equal("T01", "T01", "INC_GRAND_TOTAL", "=EXP_GRAND_TOTAL", v("T01", "EXP_GRAND_TOTAL", "amount"),
                v("T01", "INC_GRAND_TOTAL", "amount"));

        equal("T04", "T04", "INC_TOTAL", "amount", sum(v("T04", "INC_GPB", "amount"), v("T04", "INC_GOVFUND", "amount"),
                v("T04", "INC_SOE", "amount")), v("T04", "INC_TOTAL", "amount"));
        equal("T04", "T04", "BEGIN_BALANCE", "amount", sum(v("T04", "BEGIN_BALANCE_GPB", "amount"),
                v("T04", "BEGIN_BALANCE_GOVFUND", "amount"), v("T04", "BEGIN_BALANCE_SOE", "amount")),
                v("T04", "BEGIN_BALANCE", "amount"));
        equal("T04", "T04", "INC_GRAND_TOTAL", "amount", sum(v("T04", "INC_TOTAL", "amount"),
                v("T04", "BEGIN_BALANCE", "amount")), v("T04", "INC_GRAND_TOTAL", "amount"));
        for (String column : List.of("total", "gpb", "govfund", "soe")) {
            equal("T04", "T04", "EXP_TOTAL", column, sumRows("T04", column, AccountsIdentityChecker::isCode),
                    v("T04", "EXP_TOTAL", column));
            equal("T04", "T04", "EXP_GRAND_TOTAL", column, sum(v("T04", "EXP_TOTAL", column),
                    v("T04", "END_BALANCE", column)), v("T04", "EXP_GRAND_TOTAL", column));
        }
        equal("T04", "T04", "INC_GRAND_TOTAL", "=EXP_GRAND_TOTAL", v("T04", "EXP_GRAND_TOTAL", "total"),
                v("T04", "INC_GRAND_TOTAL", "amount"));
        String[] funds = {"GPB", "GOVFUND", "SOE"};
        String[] fundColumns = {"gpb", "govfund", "soe"};
        for (int i = 0; i < funds.length; i++) {
            equal("T04", "T04", "EXP_GRAND_TOTAL", fundColumns[i] + "=income+begin",
                    sum(v("T04", "INC_" + funds[i], "amount"), v("T04", "BEGIN_BALANCE_" + funds[i], "amount")),
                    v("T04", "EXP_GRAND_TOTAL", fundColumns[i]));
        }
    }

    // ---- §4.1 cross-table X1–X12 (and X14) ----

    private void crossTable() {
        // X1
        equal("X1", "T02", "TOTAL", "total", v("T01", "INC_TOTAL", "amount"), v("T02", "TOTAL", "total"));
        T01_TO_T02.forEach((line, column) ->
                equal("X1", "T02", "TOTAL", column, v("T01", line, "amount"), v("T02", "TOTAL", column)));
        equal("X1", "T02", "TOTAL", "fiscal", sum(v("T01", "INC_GPB", "amount"), v("T01", "INC_GOVFUND", "amount"),
                v("T01", "INC_SOE", "amount")), v("T02", "TOTAL", "fiscal"));
        // X2
        equal("X2", "T03", "TOTAL", "total", v("T01", "EXP_TOTAL", "amount"), v("T03", "TOTAL", "total"));
        Set<String> classes = new TreeSet<>();
        a.rows("T01").stream().map(AccountRow::rowKey).filter(AccountsIdentityChecker::isCode).forEach(classes::add);
        a.rows("T03").stream().map(AccountRow::rowKey).filter(k -> isCode(k) && k.length() == 3).forEach(classes::add);
        for (String cls : classes) {
            equal("X2", "T03", cls, "total", v("T01", cls, "amount"), v("T03", cls, "total"));
        }
        // X3
        for (String line : List.of("INC_GPB", "INC_GOVFUND", "INC_SOE")) {
            equal("X3", "T04", line, "amount", v("T01", line, "amount"), v("T04", line, "amount"));
        }
        // X4
        Set<String> gpbClasses = new TreeSet<>();
        a.rows("T04").stream().map(AccountRow::rowKey).filter(AccountsIdentityChecker::isCode).forEach(gpbClasses::add);
        a.rows("T06").stream().map(AccountRow::rowKey).filter(k -> isCode(k) && k.length() == 3).forEach(gpbClasses::add);
        for (String cls : gpbClasses) {
            equal("X4", "T06", cls, "total", v("T04", cls, "gpb"), v("T06", cls, "total"));
        }
        equal("X4", "T06", "TOTAL", "total", v("T04", "EXP_TOTAL", "gpb"), v("T06", "TOTAL", "total"));
        // X5, X6
        equal("X5", "T08", "TOTAL", "basic", v("T06", "TOTAL", "basic"),
                sum(v("T08", "PERSONNEL_TOTAL", "amount"), v("T08", "PUBLIC_TOTAL", "amount")));
        equal("X6", "T09", "TOTAL", "amount", v("T06", "TOTAL", "project"), v("T09", "TOTAL", "amount"));
        // X7: T07 against T06 row by row; T07 合计 project columns against T09 classes
        for (String key : rowKeys("T06", "T07")) {
            equal("X7", "T07", key, "total", v("T06", key, "total"), v("T07", key, "total"));
            equal("X7", "T07", key, "basic", v("T06", key, "basic"),
                    sum(v("T07", key, "basic.personnel"), v("T07", key, "basic.public")));
        }
        for (String cls : PROJECT_CLASSES) {
            equal("X7", "T07", "TOTAL", "project." + cls, v("T09", cls, "amount"), v("T07", "TOTAL", "project." + cls));
        }
        // X8
        equal("X8", "T05", "TOTAL", "total", v("T04", "EXP_TOTAL", "total"), v("T05", "TOTAL", "total"));
        if (v("T04", "EXP_TOTAL", "govfund").signum() == 0 && v("T04", "EXP_TOTAL", "soe").signum() == 0) {
            for (String key : rowKeys("T05", "T07")) {
                Optional<AccountRow> t05 = a.row("T05", key);
                Optional<AccountRow> t07 = a.row("T07", key);
                if (t05.isEmpty() || t07.isEmpty() || !t05.get().amounts().equals(t07.get().amounts())) {
                    violations.add(new Violation("X8", "T05", key, "*", null, null));
                }
            }
        }
        // X9, X10
        equal("X9", "T10", "TOTAL", "exp_total", v("T04", "EXP_TOTAL", "govfund"), v("T10", "TOTAL", "exp_total"));
        equal("X9", "T10", "TOTAL", "income", v("T01", "INC_GOVFUND", "amount"), v("T10", "TOTAL", "income"));
        equal("X10", "T11", "TOTAL", "exp_total", v("T04", "EXP_TOTAL", "soe"), v("T11", "TOTAL", "exp_total"));
        equal("X10", "T12", "TOTAL", "total", v("T04", "EXP_TOTAL", "soe"), v("T12", "TOTAL", "total"));
        equal("X10", "T11", "TOTAL", "income", v("T01", "INC_SOE", "amount"), v("T11", "TOTAL", "income"));
        // X11
        atLeast("X11", "T13", "TOTAL", "final.abroad", v("T08", "30212", "amount"), v("T13", "TOTAL", "final.abroad"));
        atLeast("X11", "T13", "TOTAL", "final.reception", v("T08", "30217", "amount"), v("T13", "TOTAL", "final.reception"));
        atLeast("X11", "T13", "TOTAL", "final.vehicle_operation", v("T08", "30231", "amount"),
                v("T13", "TOTAL", "final.vehicle_operation"));
        atLeast("X11", "T13", "TOTAL", "final.vehicle_purchase", v("T08", "31013", "amount"),
                v("T13", "TOTAL", "final.vehicle_purchase"));
        // X12
        for (AccountRow r : a.rows("T06")) {
            for (String column : List.of("total", "basic", "project")) {
                atLeast("X12", "T03", r.rowKey(), column, r.amount(column), v("T03", r.rowKey(), column));
            }
        }
        // X14: an empty fund table carries its 说明
        for (String t : List.of("T10", "T11", "T12")) {
            boolean empty = a.rows(t).stream().allMatch(AccountRow::isEmpty);
            if (empty != a.emptyTableNotes().containsKey(t)) {
                violations.add(new Violation("X14", t, "NOTE", "", null, null));
            }
        }
    }

    private Set<String> rowKeys(String t1, String t2) {
        Set<String> keys = new TreeSet<>();
        a.rows(t1).forEach(r -> keys.add(r.rowKey()));
        a.rows(t2).forEach(r -> keys.add(r.rowKey()));
        return keys;
    }
}
