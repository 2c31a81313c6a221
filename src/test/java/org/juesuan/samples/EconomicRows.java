package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays economic 款 amounts out as T08/T09 rows: group by group, each class row (the sum of its 款) followed by
 * its 款 rows — every template 款, or only the non-zero ones (class rows are always printed).
 */
final class EconomicRows {

    private EconomicRows() {
    }

    static List<AccountRow> of(Map<String, BigDecimal> byEconomicItem, boolean fullTemplate) {
        EconomicCatalog catalog = EconomicCatalog.get();
        for (String code : byEconomicItem.keySet()) {
            if (code.length() != 5 || !catalog.itemCodes(code.substring(0, 3)).contains(code)) {
                throw new IllegalArgumentException("economic 款 not in the template: " + code);
            }
        }
        List<AccountRow> rows = new ArrayList<>();
        for (String cls : catalog.classCodes()) {
            List<String> items = catalog.itemCodes(cls).stream()
                    .filter(c -> fullTemplate || byEconomicItem.getOrDefault(c, Money.ZERO).signum() != 0)
                    .toList();
            BigDecimal classTotal = Money.sum(catalog.itemCodes(cls).stream()
                    .map(c -> byEconomicItem.getOrDefault(c, Money.ZERO)).toList());
            rows.add(new AccountRow(cls, catalog.name(cls), Map.of("amount", classTotal)));
            for (String item : items) {
                rows.add(new AccountRow(item, catalog.name(item), Map.of("amount", byEconomicItem.getOrDefault(item, Money.ZERO))));
            }
        }
        return rows;
    }
}
