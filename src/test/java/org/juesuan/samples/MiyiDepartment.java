package org.juesuan.samples;

import static org.juesuan.samples.LedgerBuilder.pin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 米易县经济信息化和科学技术局 2023, from the published report text. The 项 figures of section 五(三)
 * are taken as printed; the totals the text prints elsewhere are kept too, although they contradict them:
 * <ul>
 *   <li>Σ 项 = 2921.04 but 本年支出合计 = 2899.95 (21.09 apart): the TOTAL rows of T01–T07 print the seed totals,
 *       the 类/款/项 rows the seed 项 figures; the 21.09 sits in the 项目支出 column (Σ 基本 rows = 757.09 = 合计 基本);</li>
 *   <li>人员经费 727.07 + 公用经费 55.02 = 782.09 ≠ 基本支出 757.09: T08 prints the two (internally consistent)
 *       totals, T05/T07 print them in their 合计 row next to 基本支出 757.09.</li>
 * </ul>
 * All of it is 一般公共预算财政拨款, so T05 ≡ T07 and T03 ≡ T06; T10–T12 are empty.
 */
final class MiyiDepartment {

    static final String NAME = "米易县经济信息化和科学技术局";

    private static final BigDecimal INCOME = Money.of("1873.95");
    private static final BigDecimal BEGIN = Money.of("1026.00");
    private static final BigDecimal GRAND_TOTAL = Money.of("2899.95");
    private static final BigDecimal BASIC = Money.of("757.09");
    private static final BigDecimal PROJECT = Money.of("2142.86");
    private static final BigDecimal PERSONNEL = Money.of("727.07");
    private static final BigDecimal PUBLIC = Money.of("55.02");
    /** The 21.09 by which Σ 项 project exceeds the printed 项目支出 total; T09 takes it off 委托业务费. */
    private static final String T09_SHORT_ITEM = "30227";

    private MiyiDepartment() {
    }

    static DepartmentAccounts accounts() {
        Ledger ledger = ledger();
        return withSeedTotals(AccountsAssembler.assemble(ledger), ledger);
    }

    /** The 项 figures of section 五(三), with the 基本/项目 split and a plausible economic split of each. */
    static Ledger ledger() {
        Fund g = Fund.GPB;
        return new LedgerBuilder(NAME, 2023)
                .personnel(g, "2060101", "245.42")
                .publicSpending(g, "2060101", "40.02", pin("30217", "1.52"))
                .project(g, "2060102", "9.64", pin("30201", "2.64"), pin("30211", "3.00"), pin("30226", "4.00"))
                .personnel(g, "2060103", "99.63")
                .publicSpending(g, "2060103", "15.00")
                .project(g, "2060103", "94.72", pin("30209", "28.50"), pin("30226", "46.22"), pin("30213", "20.00"))
                .project(g, "2060199", "7.91", pin("30299", "7.91"))
                .project(g, "2060208", "1.30", pin("30216", "1.30"))
                .project(g, "2060404", "2.92", pin("30227", "2.92"))
                .project(g, "2069999", "17.54", pin("30227", "10.00"), pin("31007", "7.54"))
                .personnel(g, "2080501", "131.98")
                .personnel(g, "2080502", "67.82")
                .personnel(g, "2080505", "64.12")
                .personnel(g, "2080506", "0.14")
                .project(g, "2080801", "37.36", pin("30304", "37.36"))
                .personnel(g, "2101101", "18.61")
                .personnel(g, "2101102", "11.14")
                .personnel(g, "2101103", "19.28")
                .project(g, "2150106", "560.00", pin("31299", "560.00"))
                .project(g, "2150199", "197.00", pin("31299", "197.00"))
                .project(g, "2150299", "209.56", pin("31204", "150.00"), pin("30227", "59.56"))
                .project(g, "2159999", "1026.00", pin("31299", "1026.00"))
                .personnel(g, "2210201", "43.93")
                // The 1026.00 carried over from 2022 is exactly what 2159999 spent.
                .carryOver("2159999", g, "1026.00", "0.00")
                .threePublicBudget(ThreePublicAmounts.of("0", "0", "0", "1.52"))
                .fullEconomicTemplate(true)
                .build();
    }

    /** T08 as the text describes it: 人员经费 727.07, 公用经费 55.02, 公务接待费 1.52; 款 invented to fit. */
    static Map<String, BigDecimal> basicByEconomy() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        put(m, "30101", "118.36", "30102", "127.44", "30103", "21.95", "30107", "76.80", "30108", "64.12",
                "30109", "0.14", "30110", "29.75", "30111", "19.28", "30112", "3.12", "30113", "43.93",
                "30199", "20.38", "30302", "199.80", "30399", "2.00",
                "30201", "12.36", "30205", "0.85", "30206", "3.20", "30207", "1.86", "30211", "6.42",
                "30213", "2.10", "30215", "0.60", "30216", "0.80", "30217", "1.52", "30228", "6.20",
                "30229", "3.80", "30239", "9.60", "30299", "4.11", "31002", "1.60");
        return m;
    }

    private static void put(Map<String, BigDecimal> m, String... codeAmountPairs) {
        for (int i = 0; i < codeAmountPairs.length; i += 2) {
            m.put(codeAmountPairs[i], Money.of(codeAmountPairs[i + 1]));
        }
    }

    private static DepartmentAccounts withSeedTotals(DepartmentAccounts a, Ledger ledger) {
        a = a.withRow("T01", t01(a, "INC_GPB", INCOME))
                .withRow("T01", t01(a, "INC_TOTAL", INCOME))
                .withRow("T01", t01(a, "BEGIN_BALANCE", BEGIN))
                .withRow("T01", t01(a, "INC_GRAND_TOTAL", GRAND_TOTAL))
                .withRow("T01", t01(a, "EXP_TOTAL", GRAND_TOTAL))
                .withRow("T01", t01(a, "END_BALANCE", Money.ZERO))
                .withRow("T01", t01(a, "EXP_GRAND_TOTAL", GRAND_TOTAL));
        a = a.withRow("T02", total(a, "T02").with("total", INCOME).with("fiscal", INCOME));
        a = a.withRow("T03", total(a, "T03").with("total", GRAND_TOTAL).with("basic", BASIC).with("project", PROJECT));
        a = a.withRow("T04", row(a, "T04", "INC_GPB").with("amount", INCOME))
                .withRow("T04", row(a, "T04", "INC_TOTAL").with("amount", INCOME))
                .withRow("T04", row(a, "T04", "BEGIN_BALANCE").with("amount", BEGIN))
                .withRow("T04", row(a, "T04", "BEGIN_BALANCE_GPB").with("amount", BEGIN))
                .withRow("T04", row(a, "T04", "INC_GRAND_TOTAL").with("amount", GRAND_TOTAL))
                .withRow("T04", row(a, "T04", "EXP_TOTAL").with("total", GRAND_TOTAL).with("gpb", GRAND_TOTAL))
                .withRow("T04", row(a, "T04", "EXP_GRAND_TOTAL").with("total", GRAND_TOTAL).with("gpb", GRAND_TOTAL));
        a = a.withRow("T06", total(a, "T06").with("total", GRAND_TOTAL).with("basic", BASIC).with("project", PROJECT));

        List<AccountRow> t09 = projectByEconomy(ledger);
        a = a.withTable("T09", t09);
        List<AccountRow> t08 = new ArrayList<>(EconomicRows.of(basicByEconomy(), ledger.fullEconomicTemplate()));
        t08.add(new AccountRow("PERSONNEL_TOTAL", "人员经费合计", Map.of("amount", PERSONNEL)));
        t08.add(new AccountRow("PUBLIC_TOTAL", "公用经费合计", Map.of("amount", PUBLIC)));
        a = a.withTable("T08", t08);
        for (String detail : List.of("T05", "T07")) {
            AccountRow total = total(a, detail).with("total", GRAND_TOTAL).with("basic", BASIC)
                    .with("basic.personnel", PERSONNEL).with("basic.public", PUBLIC).with("project", PROJECT);
            for (String cls : EconomicCatalog.PROJECT_COLUMN_CLASSES.keySet()) {
                BigDecimal classTotal = t09.stream().filter(r -> r.rowKey().equals(cls)).findFirst()
                        .map(r -> r.amount("amount")).orElse(Money.ZERO);
                total = total.with("project." + cls, classTotal);
            }
            a = a.withRow(detail, total);
        }
        return a;
    }

    /** T09 = the 项目支出 of the 项 rows by economic 款, less the 21.09 the printed total does not have. */
    private static List<AccountRow> projectByEconomy(Ledger ledger) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (Outlay o : ledger.outlays()) {
            if (o.use() == SpendingUse.PROJECT) {
                amounts.merge(o.economicCode(), o.amount(), BigDecimal::add);
            }
        }
        BigDecimal excess = Money.sum(amounts.values()).subtract(PROJECT);
        amounts.put(T09_SHORT_ITEM, amounts.get(T09_SHORT_ITEM).subtract(excess));
        List<AccountRow> rows = EconomicRows.of(amounts, ledger.fullEconomicTemplate());
        rows.add(new AccountRow("TOTAL", "合计", Map.of("amount", Money.sum(amounts.values()))));
        return rows;
    }

    private static AccountRow t01(DepartmentAccounts a, String key, BigDecimal amount) {
        return row(a, "T01", key).with("amount", amount);
    }

    private static AccountRow total(DepartmentAccounts a, String table) {
        return row(a, table, "TOTAL");
    }

    private static AccountRow row(DepartmentAccounts a, String table, String key) {
        return a.row(table, key).orElseThrow(() -> new IllegalStateException(table + " lacks " + key));
    }
}
