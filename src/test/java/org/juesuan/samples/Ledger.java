package org.juesuan.samples;

import java.util.List;

/**
 * What a department actually did in a year, one level below the tables: outlays, non-fiscal income, carry-overs
 * and the “三公” budget. {@link AccountsAssembler} turns it into the 13 tables.
 *
 * @param fullEconomicTemplate whether T08/T09 print every row of the economic template (zeros included) or only
 *                             the class rows and the non-zero 款 rows; both occur in real submissions
 */
record Ledger(String departmentName, int fiscalYear, List<Outlay> outlays, List<NonFiscalIncome> incomes,
              List<CarryOver> carryOvers, ThreePublicAmounts threePublicBudget, boolean fullEconomicTemplate) {

    Ledger {
        outlays = List.copyOf(outlays);
        incomes = List.copyOf(incomes);
        carryOvers = List.copyOf(carryOvers);
    }
}
