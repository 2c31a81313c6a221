package org.juesuan.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One check that did not hold. {@code cells} lists every cell involved; the first one is the
 * cell the finding is filed under (its sheet and cell appear in {@code v_finding}).
 */
public record Finding(String ruleId, Severity severity, TableCode table, String message,
                      BigDecimal expectedYuan, BigDecimal actualYuan, List<CellRef> cells) {

    public CellRef primaryCell() {
        return cells.isEmpty() ? null : cells.get(0);
    }
}
