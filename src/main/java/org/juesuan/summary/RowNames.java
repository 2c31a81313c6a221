package org.juesuan.summary;

import java.util.Arrays;
import java.util.List;

import org.juesuan.mapping.Classification;
import org.juesuan.mapping.ClassificationCatalog;

/**
 * The name a summary prints beside a code: the catalog's name for the fiscal year (a code renamed between
 * editions has several), else the name the departments printed, else the catalog's first.
 */
final class RowNames {

    private final ClassificationCatalog catalog;
    private final String year;

    RowNames(ClassificationCatalog catalog, int year) {
        this.catalog = catalog;
        this.year = Integer.toString(year);
    }

    String functional(String code, String printed) {
        return name(ClassificationCatalog.Kind.FUNCTIONAL, code, printed);
    }

    String economic(String code, String printed) {
        return name(ClassificationCatalog.Kind.ECONOMIC, code, printed);
    }

    private String name(ClassificationCatalog.Kind kind, String code, String printed) {
        List<Classification> editions = catalog.lookup(kind, code);
        for (Classification c : editions) {
            if (Arrays.asList(c.yearsSeen().split("\\s+")).contains(year)) {
                return c.name();
            }
        }
        if (printed != null && !printed.isBlank()) {
            return printed.strip();
        }
        return editions.isEmpty() ? "" : editions.get(0).name();
    }

    /** 一 … 九十九, as the 支出 block numbers its class lines. */
    static String ordinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }
}
