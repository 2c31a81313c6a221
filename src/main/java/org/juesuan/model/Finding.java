package org.juesuan.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One check that did not hold. {@code cells} lists every cell involved; the first one is the
 * cell the finding is filed under (its sheet and cell appear in {@code v_finding}).
 */
public record Finding(String ruleId, Severity severity, TableCode table, String message,
                      BigDecimal expectedYuan, BigDecimal actualYuan, List<CellRef> cells) {

    /**
     * A finding of the pipeline's own (READ-*, MAP-*, ROW-*): its severity and text as the catalogue
     * ({@code messages.properties}, {@code finding.<code>}) declares them.
     */
    public static Finding of(String code, TableCode table, List<CellRef> cells, Object... args) {
        return new Finding(code, Severity.valueOf(Messages.text("finding." + code + ".severity")), table,
                Messages.text("finding." + code, args), null, null, cells);
    }

    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, table, message, expectedYuan, actualYuan, cells);
    }

    public Finding withAmounts(BigDecimal expected, BigDecimal actual) {
        return new Finding(ruleId, severity, table, message, expected, actual, cells);
    }

    public CellRef primaryCell() {
        return cells.isEmpty() ? null : cells.get(0);
    }
}
