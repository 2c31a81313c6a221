package org.juesuan.samples;

import static org.juesuan.samples.LedgerBuilder.pin;

/**
 * 米易县经济信息化和科学技术局 2022, for year-over-year questions. The 2022 report itself was not at hand; the
 * 2023 report text gives three 2022 figures, which this ledger reproduces exactly:
 * <ul>
 *   <li>收、支总计 2899.95 − 1703.97 = 1195.98 (“与 2022 年度相比，收、支总计各增加 1703.97 万元”);</li>
 *   <li>“三公” 1.52 − 0.16 = 1.36, all 公务接待费 (“公务接待费支出决算比 2022 年度增加 0.16 万元”);</li>
 *   <li>机关运行经费 = 公用经费 55.02 + 1.63 = 56.65 (“比 2022 年度减少 1.63 万元”).</li>
 * </ul>
 * The rest is invented around them: the same 项 as 2023, mostly a little lower, and smaller projects (the 1026.00
 * of 2159999 is a 2023 matter). All 一般公共预算财政拨款, no carry-over in or out — so the 2023 submission's
 * 年初结转和结余 1026.00 does not follow from this year's 年末 0.00; the published texts cannot both hold otherwise
 * (a 2022 年末 of 1026.00 would leave 169.98 to spend on 32 staff). Clean: every identity holds to the cent.
 */
final class MiyiDepartment2022 {

    private MiyiDepartment2022() {
    }

    static DepartmentAccounts accounts() {
        return AccountsAssembler.assemble(ledger());
    }

    static Ledger ledger() {
        Fund g = Fund.GPB;
        return new LedgerBuilder(MiyiDepartment.NAME, 2022)
                .personnel(g, "2060101", "236.80")
                .publicSpending(g, "2060101", "41.20", pin("30217", "1.36"))
                .project(g, "2060102", "8.20", pin("30201", "2.20"), pin("30211", "2.00"), pin("30226", "4.00"))
                .personnel(g, "2060103", "95.40")
                .publicSpending(g, "2060103", "15.45")
                .project(g, "2060103", "62.35", pin("30209", "20.00"), pin("30226", "30.35"), pin("30213", "12.00"))
                .project(g, "2060199", "6.80", pin("30299", "6.80"))
                .project(g, "2060404", "3.50", pin("30227", "3.50"))
                .project(g, "2069999", "12.00", pin("30227", "8.00"), pin("31007", "4.00"))
                .personnel(g, "2080501", "126.50")
                .personnel(g, "2080502", "64.90")
                .personnel(g, "2080505", "61.80")
                .personnel(g, "2080506", "0.12")
                .project(g, "2080801", "21.60", pin("30304", "21.60"))
                .personnel(g, "2101101", "17.90")
                .personnel(g, "2101102", "10.70")
                .personnel(g, "2101103", "18.40")
                .project(g, "2150106", "150.00", pin("31299", "150.00"))
                .project(g, "2150299", "200.26", pin("31204", "120.00"), pin("30227", "80.26"))
                .personnel(g, "2210201", "42.10")
                .threePublicBudget(ThreePublicAmounts.of("0", "0", "0", "1.50"))
                .fullEconomicTemplate(true)
                .build();
    }
}
