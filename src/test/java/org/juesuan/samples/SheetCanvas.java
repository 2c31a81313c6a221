package org.juesuan.samples;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Drawing primitives for one table on a sheet: styled cells, merges, the page furniture every table shares (title,
 * label, 部门/单位 line, footer) and a header built from column paths. Rows are relative to the table's first row
 * ({@code top}), so several tables can be stacked on one sheet. The {@link LayoutVariant} decides the wording of the
 * furniture and headers and how amounts are printed; {@link LayoutVariant#standard()} prints the Sichuan default.
 */
final class SheetCanvas {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final SampleOptions options;
    private final LayoutVariant variant;
    private final int top;
    private FinalAccountTable table;
    private DepartmentAccounts accounts;
    private int end;

    SheetCanvas(Sheet sheet, WorkbookStyles styles, SampleOptions options) {
        this(sheet, styles, options, LayoutVariant.standard(), 0);
    }

    SheetCanvas(Sheet sheet, WorkbookStyles styles, SampleOptions options, LayoutVariant variant, int top) {
        this.sheet = sheet;
        this.styles = styles;
        this.options = options;
        this.variant = variant;
        this.top = top;
    }

    WorkbookStyles styles() {
        return styles;
    }

    SampleOptions options() {
        return options;
    }

    LayoutVariant variant() {
        return variant;
    }

    Sheet sheet() {
        return sheet;
    }

    /** One past the last row (relative) this table has written. */
    int end() {
        return end;
    }

    /** The sheet row of a row relative to this table. */
    int sheetRow(int row) {
        return top + row;
    }

    Cell cell(int row, int col) {
        end = Math.max(end, row + 1);
        Row r = sheet.getRow(top + row);
        if (r == null) {
            r = sheet.createRow(top + row);
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

    /**
     * An amount cell (万元 as the model holds it; printed in 元 when the variant says so for this table); a zero is
     * printed as 0.00, left blank, or as a dash, the same way throughout the workbook. A negative is spelled as the
     * variant says; text amounts may trail spaces; numeric ones may carry binary noise.
     */
    void amount(int row, int col, BigDecimal value, boolean bold) {
        CellStyle style = bold ? styles.amountBold : styles.amount;
        BigDecimal printed = inYuan() ? value.multiply(BigDecimal.valueOf(10_000)) : value;
        String trail = variant.trailingSpaces() ? "  " : "";
        if (value.signum() == 0 && variant.zeroMark() != null) {
            text(row, col, variant.zeroMark() + trail, style);
        } else if (value.signum() == 0 && options.zeroStyle() == SampleOptions.ZeroStyle.BLANK) {
            blank(row, col, col, style);
        } else if (value.signum() < 0 && variant.negatives() == LayoutVariant.Negatives.PARENTHESES) {
            text(row, col, "(" + exactThousands(printed.negate()) + ")" + trail, style);
        } else if (value.signum() < 0 && variant.negatives() == LayoutVariant.Negatives.FULL_WIDTH_MINUS) {
            String digits = plain(printed.negate());
            text(row, col, "－" + (variant.numbers() == LayoutVariant.NumberStyle.FULL_WIDTH_TEXT
                    ? fullWidth(digits) : digits) + trail, style);
        } else if (variant.numbers() == LayoutVariant.NumberStyle.TEXT_THOUSANDS) {
            text(row, col, thousands(printed) + trail, style);
        } else if (variant.numbers() == LayoutVariant.NumberStyle.FULL_WIDTH_TEXT) {
            text(row, col, fullWidth(printed.setScale(2).toPlainString()) + trail, style);
        } else if (variant.trailingSpaces()) {
            text(row, col, plain(printed) + trail, style);
        } else {
            number(row, col, noisy(printed.doubleValue(), row + col), style);
        }
    }

    /** Two decimals at least, every decimal the value has (four in a 万元 cell of whole 元). */
    private static String plain(BigDecimal value) {
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale())).toPlainString();
    }

    private static String exactThousands(BigDecimal value) {
        return new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /**
     * One cell in three a binary step above, one a step below its value, as a computed cell leaves it (a zero stays
     * zero: a step off zero is a denormal no spreadsheet computes).
     */
    private double noisy(double value, int salt) {
        if (!variant.floatNoise() || value == 0) {
            return value;
        }
        return switch (Math.floorMod(salt, 3)) {
            case 0 -> Math.nextUp(value);
            case 1 -> Math.nextDown(value);
            default -> value;
        };
    }

    /** Whether this table's amounts are printed in 元. */
    boolean inYuan() {
        return variant.yuanTables().contains(table);
    }

    private static String thousands(BigDecimal value) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c == '-' ? '－' : c);
        }
        return s.toString();
    }

    /** Styled empty cells, so borders show across merged or unused cells. */
    void blank(int row, int firstCol, int lastCol, CellStyle style) {
        for (int c = firstCol; c <= lastCol; c++) {
            cell(row, c).setCellStyle(style);
        }
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(top + firstRow, top + lastRow, firstCol, lastCol));
        }
    }

    /**
     * The lines above the header: title (merged, bold), label, 部门 line left and 金额单位 right (rows 0–2 in the
     * default furniture). Returns the first header row.
     */
    int furniture(FinalAccountTable table, DepartmentAccounts accounts, int width) {
        this.table = table;
        this.accounts = accounts;
        String departmentName = accounts.departmentName();
        String colon = variant.halfWidthColons() ? ":" : "：";
        String label = label(table);
        boolean labelBeside = label != null && variant.labelInTitleRow() && width > 1;
        text(0, 0, title(table, departmentName, accounts.fiscalYear()), styles.title);
        merge(0, 0, 0, labelBeside ? width - 2 : width - 1);
        sheet.getRow(top).setHeightInPoints(30);
        int row = 1;
        if (labelBeside) {
            text(0, width - 1, label, styles.label);
        } else if (label != null) {
            text(row++, width - 1, label, styles.label);
        }
        String unit = unitLine(colon);
        switch (variant.departmentLine()) {
            case COMBINED -> {
                text(row, 0, "部门" + colon + departmentName + "\u3000\u3000\u3000\u3000" + unit, styles.departmentLine);
                merge(row, row, 0, width - 1);
            }
            case NONE -> text(row, width - 1, unit, styles.unitLine);
            default -> {
                text(row, 0, variant.departmentLine().word + colon + departmentName, styles.departmentLine);
                merge(row, row, 0, Math.max(0, width / 2 - 1));
                text(row, width - 1, unit, styles.unitLine);
            }
        }
        return row + 1;
    }

    /**
     * What a printed next page repeats above the header block when a table runs on (issue 12): nothing, a
     * {@code （续表）} line, or the title again with {@code （续）} and the 金额单位 line. Returns the next row.
     */
    int continuationLines(int row, int width) {
        switch (variant.continuation()) {
            case HEADER -> {
            }
            case XUBIAO -> text(row++, 0, "（续表）", styles.note);
            case TITLE_XU -> {
                text(row, 0, title(table, accounts.departmentName(), accounts.fiscalYear()) + "（续）", styles.title);
                merge(row, row, 0, width - 1);
                row++;
                text(row++, width - 1, unitLine(variant.halfWidthColons() ? ":" : "："), styles.unitLine);
            }
        }
        return row;
    }

    private String title(FinalAccountTable table, String departmentName, int fiscalYear) {
        String title = table.title();
        if (table == FinalAccountTable.T13) {
            title = title.replace("“", variant.quotes().open).replace("”", variant.quotes().close);
        }
        return switch (variant.titlePrefix()) {
            case NONE -> title;
            case DEPARTMENT_YEAR -> departmentName + fiscalYear + "年度" + title;
            case YEAR -> fiscalYear + "年度" + title;
        };
    }

    private String label(FinalAccountTable table) {
        int n = variant.tables().indexOf(table) + 1; // the nine-table set numbers its own tables
        return switch (variant.label()) {
            case GONGKAI -> variant.tableSet() == LayoutVariant.TableSet.ALL ? table.label() : String.format("公开%02d表", n);
            case BIAO -> "表" + n;
            case FUBIAO_CHINESE -> "附表" + ChineseOrdinal.of(n);
            case NONE -> null;
        };
    }

    private String unitLine(String colon) {
        String unit = inYuan() ? "元" : "万元";
        return switch (variant.unitText()) {
            case JINE_DANWEI -> "金额单位" + colon + unit;
            case DANWEI -> "单位" + colon + unit;
            case PARENTHESIZED -> "（单位" + colon + unit + "）";
        };
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
                text(row, c, headerText(path.get(level)), styles.header);
                merge(row, last ? firstRow + height - 1 : row, c, end);
                c = end + 1;
            }
        }
    }

    /** A header text as the variant words and breaks it. */
    private String headerText(String text) {
        String t = text;
        if (variant.synonyms()) {
            t = switch (t) {
                case "金额" -> "决算数";
                case "合计" -> table == FinalAccountTable.T13 ? t : "小计";
                case "公务用车运行费" -> "公务用车运行维护费";
                case "公务用车购置及运行费" -> "公务用车购置及运行维护费";
                default -> t;
            };
        }
        return switch (variant.headerNoise()) {
            case NONE -> t;
            case NEWLINES -> t.length() >= 4 ? t.substring(0, t.length() - 1) + "\n" + t.substring(t.length() - 1) : t;
            case SPACES -> t.length() == 2 ? t.charAt(0) + " " + t.charAt(1) : t;
        };
    }

    private static boolean sameUpTo(List<String> a, List<String> b, int level) {
        return a.size() > level && b.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    /** A note line under the table (注 or 说明), merged across and wrapped. */
    void note(int row, String text, int width) {
        text(row, 0, text, styles.note);
        merge(row, row, 0, width - 1);
        int lines = 1 + text.length() / Math.max(20, width * 6);
        sheet.getRow(top + row).setHeightInPoints(Math.min(4, lines) * 16f);
    }

    /** Lines under the footer when the variant has them (the signature line of 久其 exports); returns the next row. */
    int closingLines(int row, int width) {
        if (variant.signatureLine()) {
            String colon = variant.halfWidthColons() ? ":" : "：";
            text(row, 0, "单位负责人" + colon + "张三", styles.note);
            text(row, Math.min(width - 1, 3), "财务负责人" + colon + "李四", styles.note);
            text(row, width - 1, "制表人" + colon + "王五", styles.note);
            row++;
        }
        return row;
    }

    /** Hides some body rows (figures stay in the cells), as departments hide rows they do not want to print. */
    void hideRows(int firstBodyRow, int endBodyRow) {
        if (!variant.hiddenRows()) {
            return;
        }
        for (int r = firstBodyRow; r < endBodyRow; r++) {
            if ((r - firstBodyRow) % 4 == 1) {
                cell(r, 0).getRow().setZeroHeight(true);
            }
        }
    }

    /** Styled empty cells out to column IV (256) on every row of the table, as whole-row formatting leaves them. */
    void formatToColumn256() {
        if (!variant.formattedTo256()) {
            return;
        }
        for (int r = 0; r < end; r++) {
            Row row = sheet.getRow(top + r);
            if (row == null) {
                row = sheet.createRow(top + r);
            }
            for (int c = Math.max(row.getLastCellNum(), 0); c < 256; c++) {
                row.createCell(c).setCellStyle(styles.text);
            }
        }
    }

    void columnWidths(int... widthsInChars) {
        for (int c = 0; c < widthsInChars.length; c++) {
            sheet.setColumnWidth(c, widthsInChars[c] * 256);
        }
    }
}
