package org.juesuan.samples;

import static org.juesuan.samples.LedgerBuilder.pin;

/**
 * 米易县农业农村局 2023 (invented, plausible figures): mostly 213 农林水支出 plus 208, 210, 221, and
 * 政府性基金 money (土地出让收入 for agriculture, 212 class), so T10 has data, T05 ≠ T07 and T04 column
 * 政府性基金 is filled. One 公务用车 bought out of a project. Clean: every identity holds to the cent.
 */
final class AgricultureBureauDepartment {

    static final String NAME = "米易县农业农村局";

    private AgricultureBureauDepartment() {
    }

    static DepartmentAccounts accounts() {
        return AccountsAssembler.assemble(ledger());
    }

    static Ledger ledger() {
        Fund g = Fund.GPB;
        Fund fund = Fund.GOVFUND;
        return new LedgerBuilder(NAME, 2023)
                .personnel(g, "2130101", "312.60")
                .publicSpending(g, "2130101", "46.80", pin("30217", "1.86"), pin("30231", "3.25"))
                .project(g, "2130102", "58.40", pin("31013", "18.50"))
                .personnel(g, "2130104", "486.20")
                .publicSpending(g, "2130104", "42.30")
                .project(g, "2130106", "86.50")
                .project(g, "2130108", "64.30")
                .project(g, "2130109", "32.80")
                .project(g, "2130122", "565.00")
                .project(g, "2130126", "48.20")
                .project(g, "2130135", "126.40")
                .project(g, "2130153", "840.00")
                .project(g, "2130199", "72.60")
                .project(g, "2130505", "420.00")
                .project(g, "2130599", "96.30")
                .project(g, "2130705", "310.80")
                .project(g, "2130706", "150.00")
                .project(g, "2130803", "118.60")
                .personnel(g, "2080501", "96.40")
                .personnel(g, "2080502", "213.80")
                .personnel(g, "2080505", "148.60")
                .personnel(g, "2080506", "59.40")
                .project(g, "2080801", "18.20")
                .personnel(g, "2101101", "14.50")
                .personnel(g, "2101102", "46.80")
                .personnel(g, "2101103", "8.30")
                .personnel(g, "2210201", "108.70")
                .carryOver("2130153", g, "210.00", "60.00")
                .project(fund, "2120814", "260.00")
                .project(fund, "2120804", "180.00")
                .carryOver("2120804", fund, "40.00", "15.00")
                .threePublicBudget(ThreePublicAmounts.of("0", "20.00", "4.00", "2.00"))
                .fullEconomicTemplate(true)
                .build();
    }
}
