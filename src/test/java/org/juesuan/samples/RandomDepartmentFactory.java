package org.juesuan.samples;

import static org.juesuan.samples.LedgerBuilder.pin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random but internally consistent department from a seed, for bulk generation: 20–150 项 drawn from the
 * catalog (capped by what the catalog holds), 基本/项目 by the kind of 项, some carry-overs, sometimes
 * non-fiscal money, a few “三公” pins. Same seed, same department.
 */
final class RandomDepartmentFactory {

    /** 项 that pay staff costs only (养老/医疗/公积金/离退休). */
    private static final Set<String> STAFF_ITEMS = Set.of("2080501", "2080502", "2080505", "2080506", "2101101",
            "2101102", "2101103", "2210201", "2210202", "2210203");
    /** What almost every department carries, so they are always drawn first. */
    private static final List<String> ALWAYS = List.of("2080505", "2080506", "2101101", "2210201");

    private RandomDepartmentFactory() {
    }

    /** How many 项 a department draws: large (20–150, ~2,200 facts) or county-sized (COUNTY_ITEMS, like samples/). */
    enum Size { LARGE, COUNTY }

    /** 项 of a county-sized department, as in the 米易 samples (300–800 facts). */
    static final int COUNTY_MIN_ITEMS = 8;
    static final int COUNTY_MAX_ITEMS = 20;

    static DepartmentAccounts accounts(long seed) {
        return accounts(seed, Size.LARGE);
    }

    static DepartmentAccounts accounts(long seed, Size size) {
        return AccountsAssembler.assemble(ledger(seed, size));
    }

    static Ledger ledger(long seed, Size size) {
        Random rnd = new Random(seed);
        FunctionalCatalog catalog = FunctionalCatalog.get();
        List<String> pool = new ArrayList<>(catalog.itemCodes().stream()
                .filter(c -> PrintedLayouts.PRINTED_CLASSES.contains(c.substring(0, 3))).toList());
        int drawn = size == Size.LARGE ? 20 + rnd.nextInt(131)
                : COUNTY_MIN_ITEMS + rnd.nextInt(COUNTY_MAX_ITEMS - COUNTY_MIN_ITEMS + 1);
        int wanted = Math.min(drawn, pool.size());
        List<String> chosen = new ArrayList<>(ALWAYS.stream().filter(pool::contains).toList());
        pool.removeAll(chosen);
        Collections.shuffle(pool, rnd);
        chosen.addAll(pool.subList(0, wanted - chosen.size()));
        Collections.sort(chosen);

        LedgerBuilder b = new LedgerBuilder(String.format("样例县随机部门%08X", seed & 0xFFFFFFFFL), 2023);
        BigDecimal reception = Money.ZERO;
        BigDecimal vehicleOperation = Money.ZERO;
        boolean pinned = false;
        Map<String, BigDecimal> projectItems = new LinkedHashMap<>();
        for (String item : chosen) {
            String name = catalog.name(item);
            if (SupplementaryFunctionalCodes.GOVERNMENT_FUND_ITEMS.contains(item)) {
                b.project(Fund.GOVFUND, item, amount(rnd, 20, 600).toPlainString());
            } else if (STAFF_ITEMS.contains(item)) {
                b.personnel(Fund.GPB, item, amount(rnd, 2, 300).toPlainString());
            } else if (name.equals("行政运行") || name.equals("事业运行") || name.equals("机构运行")) {
                b.personnel(Fund.GPB, item, amount(rnd, 60, 600).toPlainString());
                BigDecimal office = amount(rnd, 12, 80);
                if (!pinned) {
                    // The one office that pays the department's receptions and car: the “三公” of T13.
                    pinned = true;
                    reception = amount(rnd, 0.1, 3);
                    vehicleOperation = rnd.nextBoolean() ? amount(rnd, 0.5, 6) : Money.ZERO;
                    List<LedgerBuilder.Pin> pins = new ArrayList<>(List.of(pin("30217", reception.toPlainString())));
                    if (vehicleOperation.signum() > 0) {
                        pins.add(pin("30231", vehicleOperation.toPlainString()));
                    }
                    b.publicSpending(Fund.GPB, item, office.toPlainString(), pins.toArray(LedgerBuilder.Pin[]::new));
                } else {
                    b.publicSpending(Fund.GPB, item, office.toPlainString());
                }
            } else {
                BigDecimal project = amount(rnd, 1, 900);
                b.project(Fund.GPB, item, project.toPlainString());
                projectItems.put(item, project);
            }
        }
        for (Map.Entry<String, BigDecimal> project : projectItems.entrySet()) {
            if (rnd.nextInt(5) == 0) {
                // Carried in and partly carried out; begin ≤ the year's spending keeps the income non-negative.
                long cents = Money.cents(project.getValue());
                BigDecimal begin = Money.ofCents(cents * (20 + rnd.nextInt(60)) / 100);
                b.carryOver(project.getKey(), Fund.GPB, begin, amount(rnd, 0.5, 50));
            }
        }
        if (rnd.nextInt(5) < 2 && !projectItems.isEmpty()) {
            for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
                List<String> items = List.copyOf(projectItems.keySet());
                String item = items.get(rnd.nextInt(items.size()));
                BigDecimal spend = amount(rnd, 5, 200);
                BigDecimal left = amount(rnd, 0.5, 20);
                b.project(Fund.NON_FISCAL, item, spend.toPlainString());
                IncomeSource source = IncomeSource.values()[rnd.nextInt(IncomeSource.values().length)];
                b.income(item, source, spend.add(left));
            }
        }
        BigDecimal margin = amount(rnd, 0.1, 2);
        b.threePublicBudget(new ThreePublicAmounts(Money.ZERO, Money.ZERO, vehicleOperation, reception.add(margin)));
        b.fullEconomicTemplate(rnd.nextBoolean());
        return b.build();
    }

    /** Log-uniform between min and max 万元, to the cent: many small 项, a few big ones, as in real tables. */
    private static BigDecimal amount(Random rnd, double min, double max) {
        double value = Math.exp(Math.log(min) + rnd.nextDouble() * (Math.log(max) - Math.log(min)));
        return Money.ofCents(Math.max(1, Math.round(value * 100)));
    }
}
