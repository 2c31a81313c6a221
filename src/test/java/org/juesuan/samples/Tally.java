package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Row key → column key → running sum; the accumulator every table is built from. */
final class Tally {

    private final Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();

    void add(String rowKey, String columnKey, BigDecimal amount) {
        sums.computeIfAbsent(rowKey, k -> new LinkedHashMap<>()).merge(columnKey, amount, BigDecimal::add);
    }

    BigDecimal get(String rowKey, String columnKey) {
        return Money.scale(sums.getOrDefault(rowKey, Map.of()).getOrDefault(columnKey, Money.ZERO));
    }

    /** The rows in key order (the tree keeps functional and economic codes sorted). */
    Map<String, Map<String, BigDecimal>> rows() {
        return sums;
    }
}
