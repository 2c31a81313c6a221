package org.juesuan.layout;

import java.util.List;
import java.util.Map;

import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;

/**
 * A body row of one block as printed, before it has a row key: its code cells (joined or
 * split), its label or 科目名称, and its amounts by column key (blank cells as zero, so every
 * figure a rule reads has its cell).
 */
public record RawRow(int block, List<String> codeParts, String label, Map<String, Amount> amounts,
                     CellRef labelCell, boolean anyFigurePrinted) {

    public boolean hasAmount() {
        return amounts.values().stream().anyMatch(a -> !a.isZero());
    }
}
