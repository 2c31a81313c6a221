package org.juesuan.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The cells and merged regions of one sheet, addressed by 0-based row and column. */
public final class SheetGrid {

    /** A merged region, inclusive bounds. */
    public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    private final String fileName;
    private final String sheetName;
    private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();
    private final List<Merge> merges = new ArrayList<>();

    public SheetGrid(String fileName, String sheetName) {
        this.fileName = fileName;
        this.sheetName = sheetName;
    }

    void put(int row, int column, GridCell cell) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
    }

    void addMerge(Merge merge) {
        merges.add(merge);
    }

    public String fileName() { return fileName; }
    public String sheetName() { return sheetName; }
    public List<Merge> merges() { return Collections.unmodifiableList(merges); }

    public int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    public GridCell cell(int row, int column) {
        Map<Integer, GridCell> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
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
        for (Merge merge : merges) {
            if (merge.covers(row, column)) {
                return text(merge.firstRow(), merge.firstColumn());
            }
        }
        return "";
    }

    /** Last column of the merged region covering a cell, or the cell's own column. */
    public int mergeEnd(int row, int column) {
        for (Merge merge : merges) {
            if (merge.covers(row, column)) {
                return merge.lastColumn();
            }
        }
        return column;
    }

    /** Non-empty cells of a row by column, empty map for a blank row. */
    public NavigableMap<Integer, GridCell> row(int row) {
        NavigableMap<Integer, GridCell> cells = rows.get(row);
        return cells == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(cells);
    }

    public int lastColumn() {
        return rows.values().stream().filter(r -> !r.isEmpty()).mapToInt(NavigableMap::lastKey).max().orElse(-1);
    }
}
