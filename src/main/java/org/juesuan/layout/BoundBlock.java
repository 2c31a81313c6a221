package org.juesuan.layout;

import java.util.List;
import java.util.Map;

/**
 * Header columns bound to meaning for one block of a table: where codes and names stand and
 * which column holds which column key. Single-block tables have one; T01/T04 two; T08/T09 one per group.
 */
public record BoundBlock(BlockLayout layout, List<Integer> codeColumns, int labelColumn,
                         Map<String, Integer> amountColumns) {
}
