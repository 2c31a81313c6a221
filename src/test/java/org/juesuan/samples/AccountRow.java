package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One printed row of one table, as an importer must recover it.
 *
 * @param rowKey  the docs/contract.md §3 row key: a functional code ({@code 206}, {@code 20601}, {@code 2060101}), an
 *                economic code ({@code 301}, {@code 30101}), a fixed-line key ({@code INC_GPB}) or a total
 *                ({@code TOTAL}, {@code PERSONNEL_TOTAL}, {@code PUBLIC_TOTAL})
 * @param rowName the name printed on the row (科目名称 or line label, without indentation); empty for T13,
 *                whose single data row prints no name
 * @param amounts column key (docs/contract.md §3) → amount in 万元, scale 2 (4 in the whole-元 variant); zero amounts are
 *                left out
 */
public record AccountRow(String rowKey, String rowName, Map<String, BigDecimal> amounts) {

    public AccountRow {
        Objects.requireNonNull(rowKey, "rowKey");
        Objects.requireNonNull(rowName, "rowName");
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        amounts.forEach((column, amount) -> {
            if (amount.signum() != 0) {
                kept.put(column, Money.exact(amount));
            }
        });
        amounts = Collections.unmodifiableMap(kept);
    }

    /** The amount of a column, zero when the row has none. */
    public BigDecimal amount(String columnKey) {
        return amounts.getOrDefault(columnKey, Money.ZERO);
    }

    /** A copy of this row with one column set (zero removes it). */
    public AccountRow with(String columnKey, BigDecimal amount) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>(amounts);
        copy.put(columnKey, amount);
        return new AccountRow(rowKey, rowName, copy);
    }

    /** Whether the row carries no amount at all. */
    public boolean isEmpty() {
        return amounts.isEmpty();
    }
}
