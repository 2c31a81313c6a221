package org.juesuan.submission;

import org.juesuan.layout.LayoutException;
import org.juesuan.model.CellRef;
import org.juesuan.read.GridCell;
import org.juesuan.read.SheetGrid;

/**
 * Excel stores at most 32,767 characters in a cell; a longer one was not written by Excel and is
 * refused with its address rather than carried into names, notes and messages.
 */
final class CellLimits {

    static final int MAX_CELL_CHARS = 32_767;

    private CellLimits() {
    }

    static void check(SheetGrid grid) throws LayoutException {
        for (int r = 0; r <= grid.lastRow(); r++) {
            for (var cell : grid.row(r).entrySet()) {
                GridCell value = cell.getValue();
                if (value.text() != null && value.text().length() > MAX_CELL_CHARS) {
                    throw new LayoutException(grid.fileName() + " › " + grid.sheetName() + " › "
                            + CellRef.a1(r, cell.getKey()) + ": a cell of " + value.text().length()
                            + " characters; Excel allows " + MAX_CELL_CHARS + " — refused");
                }
            }
        }
    }
}
