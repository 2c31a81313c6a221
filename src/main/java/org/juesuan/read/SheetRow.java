package org.juesuan.read;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One row of a sheet as streamed: its 0-based index and its non-empty cells by 0-based column.
 * Rows hold only what a cell shows; a row with nothing in it is never handed out.
 *
 * @param hidden the row is hidden in the sheet (read all the same: its figures are part of the table)
 */
public record SheetRow(int index, NavigableMap<Integer, GridCell> cells, boolean hidden) {

    public SheetRow {
        cells = Collections.unmodifiableNavigableMap(cells);
    }

    public static SheetRow of(int index, Map<Integer, GridCell> cells) {
        return new SheetRow(index, new TreeMap<>(cells), false);
    }

    public GridCell cell(int column) {
        return cells.get(column);
    }

    /** Trimmed text of a cell, "" when empty. */
    public String text(int column) {
        GridCell cell = cells.get(column);
        return cell == null ? "" : cell.text().strip();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public boolean anyNumeric() {
        for (GridCell cell : cells.values()) {
            if (cell.numeric()) {
                return true;
            }
        }
        return false;
    }
}
