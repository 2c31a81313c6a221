package org.juesuan.summary;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.juesuan.model.TableCode;

/**
 * One table's sheet: styled cells, merges, the lines above the header (title with the year, 公开NN表, 编制单位 and
 * 单位：万元) and a header drawn from column paths.
 */
final class SummarySheet {

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private final Sheet sheet;
    final SummaryStyles styles;
    private boolean inYuan;

    SummarySheet(Sheet sheet, SummaryStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
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

    void number(int row, int col, int value, CellStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /**
     * Whether this table's amounts are written in 元: only when a sum has 角 or 分, which in 万元 would need more than
     * the four decimals a 万元 cell may carry (validate.FigureValidator).
     */
    void inYuan(boolean yuan) {
        this.inYuan = yuan;
    }

    /** Whether 万元 with four decimals cannot hold this amount exactly (it has 角 or 分). */
    static boolean needsYuan(BigDecimal yuan) {
        return yuan.stripTrailingZeros().scale() > 0;
    }

    /**
     * An amount in 元 written as its exact 万元 value (元 / 10000, every decimal: at most four, a double keeps them at
     * the sizes of a county's accounts, 15 significant digits), or in 元 when the table is; shown with two.
     */
    void amount(int row, int col, BigDecimal yuan, boolean bold) {
        Cell c = cell(row, col);
        c.setCellValue((inYuan ? yuan : yuan.divide(YUAN_PER_WAN)).doubleValue());
        c.setCellStyle(bold ? styles.amountBold : styles.amount);
    }

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

    /** Title (merged, with the year), 公开NN表, 编制单位 left and 单位：万元 right; returns the first header row. */
    int furniture(TableCode table, ConsolidatedAccounts accounts, int width) {
        text(0, 0, PrintedWords.text("summary.title", accounts.year(), PrintedWords.table(table)), styles.title);
        merge(0, 0, 0, width - 1);
        sheet.getRow(0).setHeightInPoints(30);
        text(1, width - 1, PrintedWords.text("summary.label", String.format("%02d", table.ordinal() + 1)),
                styles.right);
        text(2, 0, PrintedWords.text("summary.department-line", accounts.pseudoDepartment()), styles.left);
        merge(2, 2, 0, Math.max(0, width / 2 - 1));
        text(2, width - 1, PrintedWords.text(inYuan ? "summary.unit-line.yuan" : "summary.unit-line"), styles.right);
        return 3;
    }

    /**
     * A header of {@code height} rows from one path per column: equal neighbouring path prefixes merge across, a
     * path shorter than the header stretches its last cell down to the bottom header row.
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

    /** A line under the table, merged across and wrapped. */
    void note(int row, String text, int width) {
        text(row, 0, text, styles.note);
        merge(row, row, 0, width - 1);
        sheet.getRow(row).setHeightInPoints(32);
    }

    void columnWidths(int... widthsInChars) {
        for (int c = 0; c < widthsInChars.length; c++) {
            sheet.setColumnWidth(c, widthsInChars[c] * 256);
        }
    }
}
