package org.juesuan.mapping;

import java.util.Map;

import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;

/**
 * A body row with its row key (docs/contract.md §3). {@code level} is 1/2/3 for 类/款/项 (1/2 for
 * economic 类/款) and 0 for totals and fixed lines; {@code parentKey} is the code's own prefix.
 */
public record KeyedRow(String rowKey, String rowName, int level, String parentKey,
                       Map<String, Amount> amounts, CellRef labelCell) {
}
