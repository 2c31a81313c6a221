package org.juesuan.read;

import java.util.Map;

import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;

/**
 * Excel stores at most 32,767 characters in a cell; a longer one was not written by Excel and is
 * refused with its address rather than carried into names, notes and messages. Wraps a sheet's
 * row stream so the check costs one length comparison per cell.
 */
public final class CellLengthLimit implements SheetRows {

    static final int MAX_CELL_CHARS = 32_767;

    private final SheetRows rows;

    private CellLengthLimit(SheetRows rows) {
        this.rows = rows;
    }

    public static SheetRows of(SheetRows rows) {
        return new CellLengthLimit(rows);
    }

    @Override
    public String fileName() {
        return rows.fileName();
    }

    @Override
    public String sheetName() {
        return rows.sheetName();
    }

    @Override
    public MergedRegions merges() {
        return rows.merges();
    }

    @Override
    public SheetRow nextRow() throws UnreadableWorkbookException {
        SheetRow row = rows.nextRow();
        if (row != null) {
            for (Map.Entry<Integer, GridCell> cell : row.cells().entrySet()) {
                int length = cell.getValue().text().length();
                if (length > MAX_CELL_CHARS) {
                    throw new UnreadableWorkbookException(Messages.text("refusal.cell-too-long", fileName() + " › "
                            + sheetName() + " › " + CellRef.a1(row.index(), cell.getKey()), length, MAX_CELL_CHARS));
                }
            }
        }
        return row;
    }
}
