package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Drawing primitives for one sheet: styled cells, merges, the page furniture every table shares (title, label,
 * 部门/单位 line, footer) and a header built from column paths.
 */
final class SheetCanvas {

    /** First sheet row below title (0), label (1) and 部门/金额单位 line (2). */
    static final int FIRST_HEADER_ROW = 3;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final SampleOptions options;

    SheetCanvas(Sheet sheet, WorkbookStyles styles, SampleOptions options) {
        this.sheet = sheet;
        this.styles = styles;
        this.options = options;
    }

    WorkbookStyles styles() {
        return styles;
    }

    SampleOptions options() {
        return options;
    }

    Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    void text(int row, int col, String value, CellStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    void number(int row, int col, double value, CellStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /** An amount cell; a zero is printed as 0.00 or left blank, as the options say for the whole workbook. */
    void amount(int row, int col, BigDecimal value, boolean bold) {
        CellStyle style = bold ? styles.amountBold : styles.amount;
        if (value.signum() == 0 && options.zeroStyle() == SampleOptions.ZeroStyle.BLANK) {
            blank(row, col, col, style);
        } else {
            number(row, col, value.doubleValue(), style);
        }
    }

    /** Styled empty cells, so borders show across merged or unused cells. */
    void blank(int row, int firstCol, int lastCol, CellStyle style) {
        for (int c = firstCol; c <= lastCol; c++) {
            cell(row, c).setCellStyle(style);
        }
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** Rows 1–3: title (merged, bold), label right, 部门 left and 金额单位 right. */
    void furniture(FinalAccountTable table, String departmentName, int width) {
        text(0, 0, table.title(), styles.title);
        merge(0, 0, 0, width - 1);
        sheet.getRow(0).setHeightInPoints(30);
        text(1, width - 1, table.label(), styles.label);
        text(2, 0, "部门：" + departmentName, styles.departmentLine);
        merge(2, 2, 0, Math.max(0, width / 2 - 1));
        text(2, width - 1, "金额单位：万元", styles.unitLine);
    }

    /**
     * A header of {@code height} rows from one path per column: equal neighbouring path prefixes merge across,
     * a path shorter than the header stretches its last cell down to the bottom header row.
     */
    void header(int firstRow, List<List<String>> paths, int height) {
        for (int r = firstRow; r < firstRow + height; r++) {
            blank(r, 0, paths.size() - 1, styles.header);
        }
        for (int level = 0; level < height; level++) {
            int c = 0;
            while (c < paths.size()) {
                List<String> path = paths.get(c);
                if (path.size() <= level) {
                    c++;
                    continue;
                }
                boolean last = path.size() == level + 1;
                int end = c;
                while (end + 1 < paths.size() && sameUpTo(paths.get(end + 1), path, level)
                        && (paths.get(end + 1).size() == level + 1) == last) {
                    end++;
                }
                int row = firstRow + level;
                text(row, c, path.get(level), styles.header);
                merge(row, last ? firstRow + height - 1 : row, c, end);
                c = end + 1;
            }
        }
    }

    private static boolean sameUpTo(List<String> a, List<String> b, int level) {
        return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    /** A note line under the table (注 or 说明), merged across and wrapped. */
    void note(int row, String text, int width) {
        text(row, 0, text, styles.note);
        merge(row, row, 0, width - 1);
        int lines = 1 + text.length() / Math.max(20, width * 6);
        sheet.getRow(row).setHeightInPoints(Math.min(4, lines) * 16f);
    }

    void columnWidths(int... widthsInChars) {
        for (int c = 0; c < widthsInChars.length; c++) {
            sheet.setColumnWidth(c, widthsInChars[c] * 256);
        }
    }
}
