package org.juesuan.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.query.TablePrinter;

/**
 * A table for the operator's terminal: every line at most {@code maxWidth} columns (Chinese characters count
 * two). Columns are separated by two spaces; numbers are right-aligned; the last column takes what is left and
 * loses its start ("…/archive/2026/x.xlsx"), since the end of a path names the file.
 */
final class FittedTable {

    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    FittedTable(List<String> header, boolean... rightAligned) {
        this.header = header;
        this.rightAligned = rightAligned;
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(int maxWidth, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("  （无）");
            return;
        }
        int n = header.size();
        int[] widths = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int c = 0; c < n; c++) {
                widths[c] = Math.max(widths[c], TablePrinter.width(row.get(c)));
            }
        }
        int fixed = 2 * (n - 1);
        for (int c = 0; c < n - 1; c++) {
            fixed += widths[c];
        }
        int last = Math.max(8, Math.min(widths[n - 1], maxWidth - fixed));
        widths[n - 1] = last;
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < n; c++) {
                String value = c == n - 1 ? keepEnd(row.get(c), last) : row.get(c);
                String pad = " ".repeat(Math.max(0, widths[c] - TablePrinter.width(value)));
                line.append(c == 0 ? "" : "  ").append(rightAligned(c) && row != header ? pad + value : value + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private boolean rightAligned(int column) {
        return column < rightAligned.length && rightAligned[column];
    }

    /** The text cut from the start to fit {@code width} columns, marked with "…". */
    static String keepEnd(String text, int width) {
        if (TablePrinter.width(text) <= width) {
            return text;
        }
        int i = text.length();
        int used = 1;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            int w = TablePrinter.width(new String(Character.toChars(cp)));
            if (used + w > width) {
                break;
            }
            used += w;
            i -= Character.charCount(cp);
        }
        return "…" + text.substring(i);
    }

    /** The text cut at its end to fit {@code width} columns, marked with "…". */
    static String keepStart(String text, int width) {
        if (TablePrinter.width(text) <= width) {
            return text;
        }
        int i = 0;
        int used = 1;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = TablePrinter.width(new String(Character.toChars(cp)));
            if (used + w > width) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return text.substring(0, i) + "…";
    }
}
