package org.juesuan.samples;

import java.util.List;

/**
 * One amount column of a table: its docs/contract.md §3 key and its header path from the top header row down
 * (e.g. {@code [本年支出, 基本支出]}); the header writer merges equal neighbours and stretches short paths down.
 */
record ValueColumn(String key, List<String> header) {

    static ValueColumn of(String key, String... header) {
        return new ValueColumn(key, List.of(header));
    }
}
