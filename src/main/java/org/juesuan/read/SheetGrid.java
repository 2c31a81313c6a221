package org.juesuan.read;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Rows of one sheet held in memory, addressed by 0-based row and column, with the sheet's merged
 * regions. The import keeps only a table's header area this way (its body streams past); tools
 * and tests may hold a whole sheet ({@link WorkbookReader#read}).
 */
public final class SheetGrid {

    private final String fileName;
    private final String sheetName;
    private final MergedRegions merges;
    private final NavigableMap<Integer, SheetRow> rows = new TreeMap<>();

    public SheetGrid(String fileName, String sheetName, MergedRegions merges) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.merges = merges;
    }

    /** Adds (or replaces) a row. */
    public SheetGrid add(SheetRow row) {
        rows.put(row.index(), row);
        return this;
    }

    public String fileName() { return fileName; }
    public String sheetName() { return sheetName; }
    public MergedRegions mergedRegions() { return merges; }
    public List<MergedRegions.Merge> merges() { return merges.all(); }

    public int firstRow() {
        return rows.isEmpty() ? -1 : rows.firstKey();
    }

    public int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    /** Rows that carry something from {@code from} (inclusive) to {@code to} (exclusive); blank rows are never held. */
    public int rowsBetween(int from, int to) {
        return from >= to ? 0 : rows.subMap(from, true, to, false).size();
    }

    /** Index of the {@code n}th row that carries something after {@code from} (n = 0: from itself), or the last row. */
    public int rowAfter(int from, int n) {
        int index = from;
        for (int key : rows.tailMap(from, false).keySet()) {
            if (n-- <= 0) {
                break;
            }
            index = key;
        }
        return index;
    }

    public GridCell cell(int row, int column) {
        SheetRow cells = rows.get(row);
        return cells == null ? null : cells.cell(column);
    }

    /** Trimmed text of a cell, "" when empty. */
    public String text(int row, int column) {
        GridCell cell = cell(row, column);
        return cell == null ? "" : cell.text().strip();
    }

    /** Text of a cell, or of the top-left cell of the merged region covering it (header reading). */
    public String mergedText(int row, int column) {
        String own = text(row, column);
        if (!own.isEmpty()) {
            return own;
        }
        MergedRegions.Merge merge = merges.covering(row, column);
        return merge == null ? "" : text(merge.firstRow(), merge.firstColumn());
    }

    /** Last column of the merged region covering a cell, or the cell's own column. */
    public int mergeEnd(int row, int column) {
        MergedRegions.Merge merge = merges.covering(row, column);
        return merge == null ? column : merge.lastColumn();
    }

    /** Non-empty cells of a row by column, empty map for a blank row. */
    public NavigableMap<Integer, GridCell> row(int row) {
        SheetRow cells = rows.get(row);
        return cells == null ? Collections.emptyNavigableMap() : cells.cells();
    }

    public SheetRow sheetRow(int row) {
        return rows.get(row);
    }

    public int lastColumn() {
        return rows.values().stream().filter(r -> !r.isEmpty()).mapToInt(r -> r.cells().lastKey()).max().orElse(-1);
    }
}
