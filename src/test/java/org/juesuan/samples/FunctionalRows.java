package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays 项-level amounts out as a functional table body: 合计 first, then depth-first 类 → 款 → 项 in code order,
 * every 类 and 款 row the exact sum of its 项 rows. 项 rows without any amount are not printed.
 */
final class FunctionalRows {

    static final String TOTAL = "TOTAL";

    private FunctionalRows() {
    }

    static List<AccountRow> of(Tally items, List<ValueColumn> columns) {
        FunctionalCatalog catalog = FunctionalCatalog.get();
        Map<String, Map<String, BigDecimal>> printed = new LinkedHashMap<>();
        items.rows().forEach((code, amounts) -> {
            if (code.length() != 7) {
                throw new IllegalArgumentException("not a 项 code: " + code);
            }
            if (amounts.values().stream().anyMatch(a -> a.signum() != 0)) {
                printed.put(code, amounts);
            }
        });
        Tally sums = new Tally();
        printed.forEach((code, amounts) -> amounts.forEach((column, amount) -> {
            sums.add(TOTAL, column, amount);
            sums.add(code.substring(0, 3), column, amount);
            sums.add(code.substring(0, 5), column, amount);
            sums.add(code, column, amount);
        }));
        List<AccountRow> rows = new ArrayList<>();
        rows.add(row(TOTAL, "合计", sums, columns));
        TreeSet<String> codes = new TreeSet<>();
        for (String item : printed.keySet()) {
            codes.add(item.substring(0, 3));
            codes.add(item.substring(0, 5));
            codes.add(item);
        }
        // "206" < "20601" < "2060101" < "2060102" < "20602": string order is exactly depth-first print order.
        for (String code : codes) {
            rows.add(row(code, catalog.name(code), sums, columns));
        }
        return rows;
    }

    private static AccountRow row(String key, String name, Tally sums, List<ValueColumn> columns) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (ValueColumn column : columns) {
            amounts.put(column.key(), sums.get(key, column.key()));
        }
        return new AccountRow(key, name, amounts);
    }
}
