package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Ledger} from 项-level figures. Each spending call gives the amount of one use; explicit economic
 * pins are taken first (that is how “三公” items and hand-made splits get in), the rest is split by
 * {@link EconomicProfiles}.
 */
final class LedgerBuilder {

    /** An economic 款 amount fixed by hand within one spending call. */
    record Pin(String economicCode, BigDecimal amount) {
    }

    private final String departmentName;
    private final int fiscalYear;
    private final FunctionalCatalog catalog = FunctionalCatalog.get();
    private final List<Outlay> outlays = new ArrayList<>();
    private final List<NonFiscalIncome> incomes = new ArrayList<>();
    private final List<CarryOver> carryOvers = new ArrayList<>();
    private ThreePublicAmounts threePublicBudget = ThreePublicAmounts.NONE;
    private boolean fullEconomicTemplate = true;

    LedgerBuilder(String departmentName, int fiscalYear) {
        this.departmentName = departmentName;
        this.fiscalYear = fiscalYear;
    }

    static Pin pin(String economicCode, String amount) {
        return new Pin(economicCode, Money.of(amount));
    }

    LedgerBuilder personnel(Fund fund, String itemCode, String amount, Pin... pins) {
        return spend(fund, SpendingUse.BASIC_PERSONNEL, itemCode, Money.of(amount), pins);
    }

    LedgerBuilder publicSpending(Fund fund, String itemCode, String amount, Pin... pins) {
        return spend(fund, SpendingUse.BASIC_PUBLIC, itemCode, Money.of(amount), pins);
    }

    LedgerBuilder project(Fund fund, String itemCode, String amount, Pin... pins) {
        return spend(fund, SpendingUse.PROJECT, itemCode, Money.of(amount), pins);
    }

    LedgerBuilder spend(Fund fund, SpendingUse use, String itemCode, BigDecimal amount, Pin... pins) {
        if (itemCode.length() != 7) {
            throw new IllegalArgumentException("spending goes on a 项 (7 digits): " + itemCode);
        }
        String itemName = catalog.name(itemCode);
        BigDecimal rest = Money.scale(amount);
        for (Pin pin : pins) {
            checkUse(use, pin.economicCode());
            outlays.add(new Outlay(itemCode, fund, use, pin.economicCode(), pin.amount()));
            rest = rest.subtract(pin.amount());
        }
        if (rest.signum() < 0) {
            throw new IllegalArgumentException("pins exceed the amount of " + itemCode + " " + use);
        }
        if (rest.signum() > 0) {
            Map<String, BigDecimal> parts = EconomicAllocator.split(rest, EconomicProfiles.weightsFor(itemCode, itemName, use));
            parts.forEach((economic, part) -> {
                checkUse(use, economic);
                outlays.add(new Outlay(itemCode, fund, use, economic, part));
            });
        }
        return this;
    }

    private static void checkUse(SpendingUse use, String economicCode) {
        boolean personnel = EconomicCatalog.isPersonnel(economicCode);
        if (use == SpendingUse.BASIC_PERSONNEL && !personnel || use == SpendingUse.BASIC_PUBLIC && personnel) {
            throw new IllegalArgumentException(economicCode + " does not belong to " + use);
        }
    }

    LedgerBuilder income(String itemCode, IncomeSource source, String amount) {
        return income(itemCode, source, Money.of(amount));
    }

    LedgerBuilder income(String itemCode, IncomeSource source, BigDecimal amount) {
        incomes.add(new NonFiscalIncome(itemCode, source, Money.scale(amount)));
        return this;
    }

    LedgerBuilder carryOver(String itemCode, Fund fund, String begin, String end) {
        return carryOver(itemCode, fund, Money.of(begin), Money.of(end));
    }

    LedgerBuilder carryOver(String itemCode, Fund fund, BigDecimal begin, BigDecimal end) {
        carryOvers.add(new CarryOver(itemCode, fund, Money.scale(begin), Money.scale(end)));
        return this;
    }

    LedgerBuilder threePublicBudget(ThreePublicAmounts budget) {
        this.threePublicBudget = budget;
        return this;
    }

    LedgerBuilder fullEconomicTemplate(boolean full) {
        this.fullEconomicTemplate = full;
        return this;
    }

    Ledger build() {
        return new Ledger(departmentName, fiscalYear, outlays, incomes, carryOvers, threePublicBudget, fullEconomicTemplate);
    }
}
