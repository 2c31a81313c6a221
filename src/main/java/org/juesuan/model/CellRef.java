package org.juesuan.model;

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

    @Override
    public String toString() {
        return file + " › " + sheet + " › " + cell;
    }
}
