package org.juesuan.samples;

import static org.juesuan.samples.LedgerBuilder.pin;

import java.util.ArrayList;
import java.util.List;

/**
 * 米易县农业农村局 2022 (invented, plausible figures), the year before {@link AgricultureBureauDepartment}: the same
 * 项, mostly a little lower; no 公务用车 bought yet (the 2023 purchase makes “三公” jump); its 年末结转和结余 per 项
 * and fund are exactly the 2023 年初 (农田建设 210.00 一般公共预算, 农村基础设施建设 40.00 政府性基金), so the
 * carry-over chains across the two years.
 *
 * <p>Printed from a stale template: 款 20805 carries its older name 行政事业单位离退休 (the catalog has it from the
 * 2018–2019 editions; the 2023 submission prints 行政事业单位养老支出). The code is the same; only the name differs,
 * as the classification catalog records.
 * Clean: every identity holds to the cent.
 */
final class AgricultureBureauDepartment2022 {

    static final String STALE_NAME_CODE = "20805";
    static final String STALE_NAME = "行政事业单位离退休";

    private AgricultureBureauDepartment2022() {
    }

    static DepartmentAccounts accounts() {
        return withStaleName(AccountsAssembler.assemble(ledger()));
    }

    static Ledger ledger() {
        Fund g = Fund.GPB;
        Fund fund = Fund.GOVFUND;
        return new LedgerBuilder(AgricultureBureauDepartment.NAME, 2022)
                .personnel(g, "2130101", "298.40")
                .publicSpending(g, "2130101", "44.60", pin("30217", "2.10"), pin("30231", "3.80"))
                .project(g, "2130102", "52.30")
                .personnel(g, "2130104", "470.50")
                .publicSpending(g, "2130104", "40.80")
                .project(g, "2130106", "80.20")
                .project(g, "2130108", "58.60")
                .project(g, "2130109", "30.40")
                .project(g, "2130122", "512.00")
                .project(g, "2130126", "45.00")
                .project(g, "2130135", "110.80")
                .project(g, "2130153", "760.00")
                .project(g, "2130199", "66.90")
                .project(g, "2130505", "455.00")
                .project(g, "2130599", "88.70")
                .project(g, "2130705", "302.40")
                .project(g, "2130706", "120.00")
                .project(g, "2130803", "109.30")
                .personnel(g, "2080501", "92.10")
                .personnel(g, "2080502", "205.60")
                .personnel(g, "2080505", "142.30")
                .personnel(g, "2080506", "56.90")
                .project(g, "2080801", "12.40")
                .personnel(g, "2101101", "13.90")
                .personnel(g, "2101102", "44.70")
                .personnel(g, "2101103", "7.90")
                .personnel(g, "2210201", "104.20")
                .carryOver("2130153", g, "150.00", "210.00")
                .project(fund, "2120814", "230.00")
                .project(fund, "2120804", "150.00")
                .carryOver("2120804", fund, "25.00", "40.00")
                .threePublicBudget(ThreePublicAmounts.of("0", "0", "4.00", "2.50"))
                .fullEconomicTemplate(true)
                .build();
    }

    /** Every functional table prints 款 20805 under its old name. */
    private static DepartmentAccounts withStaleName(DepartmentAccounts accounts) {
        DepartmentAccounts renamed = accounts;
        for (String table : accounts.tables().keySet()) {
            List<AccountRow> rows = new ArrayList<>();
            boolean changed = false;
            for (AccountRow row : accounts.rows(table)) {
                if (row.rowKey().equals(STALE_NAME_CODE)) {
                    rows.add(new AccountRow(row.rowKey(), STALE_NAME, row.amounts()));
                    changed = true;
                } else {
                    rows.add(row);
                }
            }
            if (changed) {
                renamed = renamed.withTable(table, rows);
            }
        }
        return renamed;
    }
}
