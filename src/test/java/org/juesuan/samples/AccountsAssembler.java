package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a {@link Ledger} into the 13 tables. Every table is a grouping of the same outlays, incomes and carry-overs,
 * so all identities of docs/tables.md §3 and §4.1 hold by construction, to the cent.
 */
final class AccountsAssembler {

    private final Ledger ledger;
    private final FunctionalCatalog functional = FunctionalCatalog.get();
    private final EconomicCatalog economic = EconomicCatalog.get();

    private AccountsAssembler(Ledger ledger) {
        this.ledger = ledger;
    }

    static DepartmentAccounts assemble(Ledger ledger) {
        return new AccountsAssembler(ledger).assemble();
    }

    private DepartmentAccounts assemble() {
        checkLedger();
        Map<String, List<AccountRow>> tables = new LinkedHashMap<>();
        tables.put("T01", totalSheet());
        tables.put("T02", FunctionalRows.of(incomeByItem(), columns(FinalAccountTable.T02)));
        tables.put("T03", FunctionalRows.of(spendingByItem(), columns(FinalAccountTable.T03)));
        tables.put("T04", fiscalTotalSheet());
        tables.put("T05", FunctionalRows.of(detailByItem(true), columns(FinalAccountTable.T05)));
        tables.put("T06", FunctionalRows.of(yearSpendingByItem(Fund.GPB), columns(FinalAccountTable.T06)));
        tables.put("T07", FunctionalRows.of(detailByItem(false), columns(FinalAccountTable.T07)));
        tables.put("T08", basicSpendingByEconomy());
        tables.put("T09", projectSpendingByEconomy());
        tables.put("T10", FunctionalRows.of(fundFlowByItem(Fund.GOVFUND), columns(FinalAccountTable.T10)));
        tables.put("T11", FunctionalRows.of(fundFlowByItem(Fund.SOE), columns(FinalAccountTable.T11)));
        tables.put("T12", FunctionalRows.of(yearSpendingByItem(Fund.SOE), columns(FinalAccountTable.T12)));
        tables.put("T13", List.of(threePublic()));
        Map<String, String> notes = new LinkedHashMap<>();
        for (FinalAccountTable table : List.of(FinalAccountTable.T09, FinalAccountTable.T10, FinalAccountTable.T11,
                FinalAccountTable.T12)) {
            if (tables.get(table.code()).stream().allMatch(AccountRow::isEmpty)) {
                notes.put(table.code(), table.emptyNote(ledger.departmentName(), ledger.fiscalYear()));
            }
        }
        return new DepartmentAccounts(ledger.departmentName(), ledger.fiscalYear(), tables, notes);
    }

    private void checkLedger() {
        for (Outlay o : ledger.outlays()) {
            functional.name(o.itemCode());
            economic.name(o.economicCode());
            if (o.fund().isFiscal() && !(o.use().isBasic() || o.use() == SpendingUse.PROJECT)) {
                throw new IllegalArgumentException("财政拨款 is spent only as 基本 or 项目 支出: " + o);
            }
            if (!PrintedLayouts.PRINTED_CLASSES.contains(o.itemCode().substring(0, 3))) {
                throw new IllegalArgumentException("class not printed in T01: " + o.itemCode());
            }
        }
        for (String item : items()) {
            for (Fund fund : Fund.values()) {
                BigDecimal flow = fund.isFiscal() ? fiscalIncome(item, fund) : nonFiscalEnd(item);
                if (flow.signum() < 0) {
                    throw new IllegalArgumentException("negative " + (fund.isFiscal() ? "income" : "end balance")
                            + " for " + item + " " + fund + ": " + flow);
                }
            }
        }
    }

    private static List<ValueColumn> columns(FinalAccountTable table) {
        PrintedLayout layout = PrintedLayouts.of(table);
        return layout instanceof PrintedLayout.Functional f ? f.columns() : List.of();
    }

    // ---- flows per 项 and fund ----

    private TreeSet<String> items() {
        TreeSet<String> items = new TreeSet<>();
        ledger.outlays().forEach(o -> items.add(o.itemCode()));
        ledger.incomes().forEach(i -> items.add(i.itemCode()));
        ledger.carryOvers().forEach(c -> items.add(c.itemCode()));
        return items;
    }

    private BigDecimal spent(String item, Fund fund) {
        return Money.sum(ledger.outlays().stream()
                .filter(o -> o.itemCode().equals(item) && o.fund() == fund).map(Outlay::amount).toList());
    }

    private BigDecimal begin(String item, Fund fund) {
        return Money.sum(ledger.carryOvers().stream()
                .filter(c -> c.itemCode().equals(item) && c.fund() == fund).map(CarryOver::begin).toList());
    }

    private BigDecimal givenEnd(String item, Fund fund) {
        return Money.sum(ledger.carryOvers().stream()
                .filter(c -> c.itemCode().equals(item) && c.fund() == fund).map(CarryOver::end).toList());
    }

    private BigDecimal nonFiscalIncome(String item) {
        return Money.sum(ledger.incomes().stream().filter(i -> i.itemCode().equals(item)).map(NonFiscalIncome::amount).toList());
    }

    /** 财政拨款 income is what the year's spending and the change in carry-over need. */
    private BigDecimal fiscalIncome(String item, Fund fund) {
        return spent(item, fund).subtract(begin(item, fund)).add(givenEnd(item, fund));
    }

    /** Non-fiscal money left at year end is what came in and was not spent. */
    private BigDecimal nonFiscalEnd(String item) {
        return begin(item, Fund.NON_FISCAL).add(nonFiscalIncome(item)).subtract(spent(item, Fund.NON_FISCAL));
    }

    private BigDecimal end(String item, Fund fund) {
        return fund.isFiscal() ? givenEnd(item, fund) : nonFiscalEnd(item);
    }

    private BigDecimal sumOverItems(java.util.function.Function<String, BigDecimal> perItem) {
        return Money.sum(items().stream().map(perItem).toList());
    }

    // ---- functional tables ----

    private Tally incomeByItem() {
        Tally t = new Tally();
        for (String item : items()) {
            BigDecimal fiscal = Money.sum(List.of(fiscalIncome(item, Fund.GPB), fiscalIncome(item, Fund.GOVFUND),
                    fiscalIncome(item, Fund.SOE)));
            t.add(item, "total", fiscal);
            t.add(item, "fiscal", fiscal);
        }
        for (NonFiscalIncome income : ledger.incomes()) {
            t.add(income.itemCode(), "total", income.amount());
            t.add(income.itemCode(), income.source().t02Column(), income.amount());
        }
        return t;
    }

    private Tally spendingByItem() {
        Tally t = new Tally();
        for (Outlay o : ledger.outlays()) {
            t.add(o.itemCode(), "total", o.amount());
            t.add(o.itemCode(), o.use().t03Column(), o.amount());
        }
        return t;
    }

    private Tally yearSpendingByItem(Fund fund) {
        Tally t = new Tally();
        for (Outlay o : ledger.outlays()) {
            if (o.fund() == fund) {
                t.add(o.itemCode(), "total", o.amount());
                t.add(o.itemCode(), o.use().t03Column(), o.amount());
            }
        }
        return t;
    }

    /** T05 (all 财政拨款) or T07 (一般公共预算 only), broken down by economic class. */
    private Tally detailByItem(boolean allFiscal) {
        Tally t = new Tally();
        for (Outlay o : ledger.outlays()) {
            if (allFiscal ? o.fund().isFiscal() : o.fund() == Fund.GPB) {
                String item = o.itemCode();
                t.add(item, "total", o.amount());
                switch (o.use()) {
                    case BASIC_PERSONNEL -> {
                        t.add(item, "basic", o.amount());
                        t.add(item, "basic.personnel", o.amount());
                    }
                    case BASIC_PUBLIC -> {
                        t.add(item, "basic", o.amount());
                        t.add(item, "basic.public", o.amount());
                    }
                    default -> {
                        t.add(item, "project", o.amount());
                        t.add(item, "project." + o.economicCode().substring(0, 3), o.amount());
                    }
                }
            }
        }
        return t;
    }

    private Tally fundFlowByItem(Fund fund) {
        Tally t = new Tally();
        for (String item : items()) {
            t.add(item, "begin_balance", begin(item, fund));
            t.add(item, "income", fiscalIncome(item, fund));
            t.add(item, "end_balance", end(item, fund));
        }
        for (Outlay o : ledger.outlays()) {
            if (o.fund() == fund) {
                t.add(o.itemCode(), "exp_total", o.amount());
                t.add(o.itemCode(), o.use().isBasic() ? "exp_basic" : "exp_project", o.amount());
            }
        }
        return t;
    }

    // ---- fixed-line tables ----

    private List<AccountRow> totalSheet() {
        Map<String, BigDecimal> line = new LinkedHashMap<>();
        line.put("INC_GPB", sumOverItems(i -> fiscalIncome(i, Fund.GPB)));
        line.put("INC_GOVFUND", sumOverItems(i -> fiscalIncome(i, Fund.GOVFUND)));
        line.put("INC_SOE", sumOverItems(i -> fiscalIncome(i, Fund.SOE)));
        for (IncomeSource source : IncomeSource.values()) {
            line.put(source.t01Line(), Money.sum(ledger.incomes().stream()
                    .filter(i -> i.source() == source).map(NonFiscalIncome::amount).toList()));
        }
        BigDecimal income = Money.sum(List.copyOf(line.values()));
        line.put("INC_TOTAL", income);
        line.put("USE_NONFISCAL_BALANCE", Money.ZERO);
        BigDecimal begin = Money.sum(ledger.carryOvers().stream().map(CarryOver::begin).toList());
        line.put("BEGIN_BALANCE", begin);
        line.put("INC_GRAND_TOTAL", income.add(begin));
        Map<String, BigDecimal> byClass = spendingByClass(null);
        line.putAll(byClass);
        BigDecimal spending = Money.sum(byClass.values());
        line.put("EXP_TOTAL", spending);
        line.put("BALANCE_DISTRIBUTION", Money.ZERO);
        BigDecimal end = Money.sum(List.of(sumOverItems(i -> end(i, Fund.GPB)), sumOverItems(i -> end(i, Fund.GOVFUND)),
                sumOverItems(i -> end(i, Fund.SOE)), sumOverItems(i -> end(i, Fund.NON_FISCAL))));
        line.put("END_BALANCE", end);
        line.put("EXP_GRAND_TOTAL", spending.add(end));
        return fixedLineRows((PrintedLayout.FixedLines) PrintedLayouts.of(FinalAccountTable.T01),
                key -> Map.of("amount", line.getOrDefault(key, Money.ZERO)));
    }

    private List<AccountRow> fiscalTotalSheet() {
        Map<String, Map<String, BigDecimal>> line = new LinkedHashMap<>();
        Fund[] funds = {Fund.GPB, Fund.GOVFUND, Fund.SOE};
        String[] suffix = {"GPB", "GOVFUND", "SOE"};
        String[] column = {"gpb", "govfund", "soe"};
        BigDecimal income = Money.ZERO;
        BigDecimal begin = Money.ZERO;
        Map<String, BigDecimal> spendingTotal = new LinkedHashMap<>();
        Map<String, BigDecimal> endTotal = new LinkedHashMap<>();
        Map<String, BigDecimal> grandTotal = new LinkedHashMap<>();
        for (String key : List.of("total", "gpb", "govfund", "soe")) {
            spendingTotal.put(key, Money.ZERO);
            endTotal.put(key, Money.ZERO);
        }
        for (String cls : PrintedLayouts.PRINTED_CLASSES) {
            line.put(cls, new LinkedHashMap<>(Map.of("total", Money.ZERO)));
        }
        for (int f = 0; f < funds.length; f++) {
            Fund fund = funds[f];
            BigDecimal fundIncome = sumOverItems(i -> fiscalIncome(i, fund));
            BigDecimal fundBegin = sumOverItems(i -> begin(i, fund));
            BigDecimal fundEnd = sumOverItems(i -> end(i, fund));
            line.put("INC_" + suffix[f], Map.of("amount", fundIncome));
            line.put("BEGIN_BALANCE_" + suffix[f], Map.of("amount", fundBegin));
            income = income.add(fundIncome);
            begin = begin.add(fundBegin);
            for (Map.Entry<String, BigDecimal> e : spendingByClass(fund).entrySet()) {
                Map<String, BigDecimal> row = line.get(e.getKey());
                row.put(column[f], e.getValue());
                row.merge("total", e.getValue(), BigDecimal::add);
                spendingTotal.merge(column[f], e.getValue(), BigDecimal::add);
                spendingTotal.merge("total", e.getValue(), BigDecimal::add);
            }
            endTotal.merge(column[f], fundEnd, BigDecimal::add);
            endTotal.merge("total", fundEnd, BigDecimal::add);
        }
        line.put("INC_TOTAL", Map.of("amount", income));
        line.put("BEGIN_BALANCE", Map.of("amount", begin));
        line.put("INC_GRAND_TOTAL", Map.of("amount", income.add(begin)));
        line.put("EXP_TOTAL", spendingTotal);
        line.put("END_BALANCE", endTotal);
        spendingTotal.forEach((k, v) -> grandTotal.put(k, v.add(endTotal.get(k))));
        line.put("EXP_GRAND_TOTAL", grandTotal);
        return fixedLineRows((PrintedLayout.FixedLines) PrintedLayouts.of(FinalAccountTable.T04), line::get);
    }

    /** 功能分类 class → spending of one fund (null: all money), for every printed class. */
    private Map<String, BigDecimal> spendingByClass(Fund fund) {
        Map<String, BigDecimal> byClass = new LinkedHashMap<>();
        PrintedLayouts.PRINTED_CLASSES.forEach(c -> byClass.put(c, Money.ZERO));
        for (Outlay o : ledger.outlays()) {
            if (fund == null || o.fund() == fund) {
                byClass.merge(o.itemCode().substring(0, 3), o.amount(), BigDecimal::add);
            }
        }
        return byClass;
    }

    private static List<AccountRow> fixedLineRows(PrintedLayout.FixedLines layout,
                                                  java.util.function.Function<String, Map<String, BigDecimal>> amounts) {
        List<AccountRow> rows = new ArrayList<>();
        for (List<FixedLine> block : List.of(layout.left(), layout.right())) {
            for (FixedLine line : block) {
                if (!line.isBlank()) {
                    rows.add(new AccountRow(line.key(), line.label(), amounts.apply(line.key())));
                }
            }
        }
        return rows;
    }

    // ---- economic tables ----

    private Map<String, BigDecimal> gpbByEconomy(boolean basic) {
        Map<String, BigDecimal> byEconomy = new LinkedHashMap<>();
        for (Outlay o : ledger.outlays()) {
            if (o.fund() == Fund.GPB && o.use().isBasic() == basic) {
                byEconomy.merge(o.economicCode(), o.amount(), BigDecimal::add);
            }
        }
        return byEconomy;
    }

    private List<AccountRow> basicSpendingByEconomy() {
        Map<String, BigDecimal> amounts = gpbByEconomy(true);
        List<AccountRow> rows = EconomicRows.of(amounts, ledger.fullEconomicTemplate());
        BigDecimal personnel = Money.ZERO;
        BigDecimal publicSpending = Money.ZERO;
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            if (EconomicCatalog.isPersonnel(e.getKey())) {
                personnel = personnel.add(e.getValue());
            } else {
                publicSpending = publicSpending.add(e.getValue());
            }
        }
        rows.add(new AccountRow("PERSONNEL_TOTAL", "人员经费合计", Map.of("amount", personnel)));
        rows.add(new AccountRow("PUBLIC_TOTAL", "公用经费合计", Map.of("amount", publicSpending)));
        return rows;
    }

    private List<AccountRow> projectSpendingByEconomy() {
        Map<String, BigDecimal> amounts = gpbByEconomy(false);
        if (amounts.isEmpty()) {
            return List.of(new AccountRow("TOTAL", "合计", Map.of()));
        }
        List<AccountRow> rows = EconomicRows.of(amounts, ledger.fullEconomicTemplate());
        rows.add(new AccountRow("TOTAL", "合计", Map.of("amount", Money.sum(amounts.values()))));
        return rows;
    }

    private AccountRow threePublic() {
        Map<String, BigDecimal> byEconomy = new LinkedHashMap<>();
        for (Outlay o : ledger.outlays()) {
            if (o.fund().isFiscal()) {
                byEconomy.merge(o.economicCode(), o.amount(), BigDecimal::add);
            }
        }
        ThreePublicAmounts actual = new ThreePublicAmounts(
                Money.scale(byEconomy.getOrDefault("30212", Money.ZERO)),
                Money.scale(byEconomy.getOrDefault("31013", Money.ZERO)),
                Money.scale(byEconomy.getOrDefault("30231", Money.ZERO)),
                Money.scale(byEconomy.getOrDefault("30217", Money.ZERO)));
        Map<String, BigDecimal> amounts = new LinkedHashMap<>(ledger.threePublicBudget().columns("budget"));
        amounts.putAll(actual.columns("final"));
        return new AccountRow("TOTAL", "", amounts);
    }
}
