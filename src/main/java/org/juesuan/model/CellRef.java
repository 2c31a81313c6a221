package org.juesuan.model;

import java.util.ArrayList;
import java.util.List;

/** Where a figure stands in the submitted files: file name, sheet name and A1 address. */
public record CellRef(String file, String sheet, String cell) {

    /** Column index (0-based) to letters: 0 → A, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    public static String a1(int row, int column) {
        return columnLetters(column) + (row + 1);
    }

    /** Separates cells in the stored list (finding.cells); each cell is file!sheet!A1. */
    private static final String LIST_SEPARATOR = "; ";

    public static String formatList(List<CellRef> cells) {
        return String.join(LIST_SEPARATOR, cells.stream().map(c -> c.file() + "!" + c.sheet() + "!" + c.cell()).toList());
    }

    public static List<CellRef> parseList(String stored) {
        List<CellRef> cells = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return cells;
        }
        for (String part : stored.split(LIST_SEPARATOR)) {
            int first = part.indexOf('!');
            int last = part.lastIndexOf('!');
            if (first > 0 && last > first) {
                cells.add(new CellRef(part.substring(0, first), part.substring(first + 1, last), part.substring(last + 1)));
            }
        }
        return cells;
    }

    @Override
    public String toString() {
        return file + " › " + sheet + " › " + cell;
    }
}
