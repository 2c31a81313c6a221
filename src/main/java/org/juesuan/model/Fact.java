package org.juesuan.model;

import java.math.BigDecimal;

/**
 * One amount of a submission, addressed by (table, row key, column key) as in docs/contract.md §3,
 * always in 元, with the file, sheet and cell it was read from.
 */
public record Fact(TableCode table, String rowKey, String rowName, String columnKey,
                   BigDecimal amountYuan, CellRef source) {
}
