package org.juesuan.query;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints result rows as an aligned table: Chinese characters count two columns, amounts get thousands separators
 * and at most {@value Decimals#MAX_SHOWN} decimals. (No maintained Java library found that measures East Asian
 * widths; the rule below is Unicode's East_Asian_Width W/F ranges.)
 */
public final class TablePrinter {

    private TablePrinter() {
    }

    public static void print(List<String> header, List<List<Object>> rows, PrintWriter out) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (List<Object> row : rows) {
            cells.add(row.stream().map(TablePrinter::human).toList());
        }
        int[] widths = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                numeric[c] |= row.get(c) instanceof Number;
            }
        }
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String value = cells.get(r).get(c);
                String pad = " ".repeat(widths[c] - width(value));
                line.append(c == 0 ? "" : " | ").append(numeric[c] && r > 0 ? pad + value : value + pad);
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
                }
                out.println(rule);
            }
        }
        out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
        out.flush();
    }

    private static String human(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal shown = Decimals.shown(decimal);
            return new DecimalFormat(shown.scale() > 0 ? "#,##0." + "0".repeat(shown.scale()) : "#,##0").format(shown);
        }
        return value.toString();
    }

    /** Display width: East Asian wide characters take two columns. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
