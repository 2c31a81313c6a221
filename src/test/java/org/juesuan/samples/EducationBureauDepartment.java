package org.juesuan.samples;

import static org.juesuan.samples.LedgerBuilder.pin;

/**
 * 米易县教育和体育局 2023 (invented, plausible figures): mostly 205 教育支出 plus 207 群众体育, 208, 210, 221.
 * It has 事业收入 (保教费, 高中学费) and 其他收入 spent outside 财政拨款, and carry-overs of both kinds, so the
 * T02/T03 columns beyond 财政拨款 are filled and T03 ≠ T06. Clean: every identity holds to the cent.
 */
final class EducationBureauDepartment {

    static final String NAME = "米易县教育和体育局";

    private EducationBureauDepartment() {
    }

    static DepartmentAccounts accounts() {
        return AccountsAssembler.assemble(ledger());
    }

    static Ledger ledger() {
        Fund g = Fund.GPB;
        Fund own = Fund.NON_FISCAL;
        return new LedgerBuilder(NAME, 2023)
                .personnel(g, "2050101", "286.40")
                .publicSpending(g, "2050101", "42.30", pin("30217", "2.16"), pin("30231", "4.80"))
                .project(g, "2050102", "45.60")
                .project(g, "2050199", "28.75")
                .personnel(g, "2050201", "112.80")
                .publicSpending(g, "2050201", "16.50")
                .project(g, "2050201", "168.00")
                .personnel(g, "2050202", "465.20")
                .publicSpending(g, "2050202", "48.40")
                .project(g, "2050202", "312.35")
                .personnel(g, "2050203", "343.60")
                .publicSpending(g, "2050203", "32.70")
                .project(g, "2050203", "186.90")
                .personnel(g, "2050204", "656.30")
                .publicSpending(g, "2050204", "58.20")
                .project(g, "2050204", "215.40")
                .personnel(g, "2050302", "212.50")
                .publicSpending(g, "2050302", "18.60")
                .project(g, "2050302", "96.00")
                .personnel(g, "2050701", "46.20")
                .publicSpending(g, "2050701", "7.40")
                .project(g, "2050701", "18.50")
                .project(g, "2050801", "22.80")
                .project(g, "2050999", "226.00")
                .project(g, "2059999", "38.30")
                .project(g, "2070308", "36.00", pin("30217", "0.60"))
                .personnel(g, "2080501", "68.40")
                .personnel(g, "2080502", "226.70")
                .personnel(g, "2080505", "262.50")
                .personnel(g, "2080506", "105.00")
                .project(g, "2080801", "24.60")
                .personnel(g, "2101101", "18.40")
                .personnel(g, "2101102", "142.60")
                .personnel(g, "2101103", "12.30")
                .personnel(g, "2210201", "196.90")
                // 财政拨款 carried in and out: 教育费附加 projects finishing, school projects spilling over.
                .carryOver("2050999", g, "120.00", "35.00")
                .carryOver("2050202", g, "86.40", "12.60")
                .carryOver("2050204", g, "0.00", "28.00")
                // Money of the schools' own: 保教费 and 高中学费 (事业收入), donations (其他收入).
                .publicSpending(own, "2050201", "60.00")
                .income("2050201", IncomeSource.SERVICE, "64.50")
                .project(own, "2050204", "185.60")
                .income("2050204", IncomeSource.SERVICE, "180.00")
                .carryOver("2050204", own, "42.30", "0.00")
                .project(own, "2050202", "35.20")
                .income("2050202", IncomeSource.OTHER, "35.20")
                .project(own, "2050302", "9.50")
                .income("2050302", IncomeSource.OTHER, "12.00")
                .threePublicBudget(ThreePublicAmounts.of("0", "0", "5.00", "3.00"))
                .fullEconomicTemplate(false)
                .build();
    }
}
