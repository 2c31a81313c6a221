package org.juesuan.samples;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 支出功能分类科目 names by code: the shipped (partial) reference catalog, completed by the few 2023 codes the
 * sample departments need that it lacks ({@link SupplementaryFunctionalCodes}).
 */
final class FunctionalCatalog {

    private static final FunctionalCatalog INSTANCE = load();

    private final Map<String, String> names;

    private FunctionalCatalog(Map<String, String> names) {
        this.names = names;
    }

    static FunctionalCatalog get() {
        return INSTANCE;
    }

    private static FunctionalCatalog load() {
        // A code renamed between editions has one line per name: keep the name of the latest year seen.
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> latestYear = new TreeMap<>();
        for (String[] f : ReferenceCsv.read("functional_classification.csv")) {
            String code = f[0];
            int year = 0;
            for (String y : f[4].trim().split(" ")) {
                if (!y.isEmpty()) {
                    year = Math.max(year, Integer.parseInt(y));
                }
            }
            if (!latestYear.containsKey(code) || year > latestYear.get(code)) {
                latestYear.put(code, year);
                names.put(code, f[1]);
            }
        }
        SupplementaryFunctionalCodes.NAMES.forEach(names::putIfAbsent);
        return new FunctionalCatalog(Collections.unmodifiableMap(names));
    }

    String name(String code) {
        String name = names.get(code);
        if (name == null) {
            throw new IllegalArgumentException("functional code without a known name: " + code);
        }
        return name;
    }

    /** Every known 项 (7-digit) code whose 款 and 类 are known too, in code order. */
    List<String> itemCodes() {
        return names.keySet().stream()
                .filter(c -> c.length() == 7 && names.containsKey(c.substring(0, 5)) && names.containsKey(c.substring(0, 3)))
                .toList();
    }
}
