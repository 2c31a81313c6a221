package org.juesuan.read;

/**
 * One sheet, streamed top to bottom: only the current row is held. Merged regions are known
 * before the first row (header reading needs them), the rest of the sheet is never kept.
 */
public interface SheetRows {

    String fileName();

    String sheetName();

    MergedRegions merges();

    /** The next row that shows anything, or null at the end of the sheet. */
    SheetRow nextRow() throws UnreadableWorkbookException;
}
