package org.juesuan.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a functional-classification table (T02, T03, T05, T06, T07, T10, T11, T12), driven by its column list:
 * A–C 类|款|项 (or one code merged over A–C), D 科目名称, then the amounts; 3 header rows, 栏次 row, 合计 row first,
 * then 类/款/项 rows, footer, and the 空表说明 when the table is empty. The variant may drop the 栏次 row, add a
 * 决算数 row under the header, repeat the header inside the body (after a 续表 line or the title again), put 合计
 * last or as a SUM formula, print codes with a blank 类 or the whole code in each part, indent names, print code
 * and name in one cell, add columns that are not facts (上年数, 增减额, 增长率), leave blank rows in the body, and
 * print an empty table as its blank form.
 */
final class FunctionalSheetWriter {

    private static final int CODE_COLUMNS = 3;
    private static final int HEADER_HEIGHT = 3;
    private static final BigDecimal PRIOR_SHARE = new BigDecimal("0.9");

    private FunctionalSheetWriter() {
    }

    static void write(SheetCanvas canvas, PrintedLayout.Functional layout, DepartmentAccounts accounts) {
        write(canvas, layout.table(), layout.columns(), accounts.rows(layout.table().code()), accounts);
    }

    /** Any rows keyed by codes (functional, or economic for the 经济分类-row variant of T07) under these columns. */
    static void write(SheetCanvas canvas, FinalAccountTable table, List<ValueColumn> columns, List<AccountRow> rows,
                      DepartmentAccounts accounts) {
        LayoutVariant variant = canvas.variant();
        boolean oneLabel = variant.codeWithName() != LayoutVariant.CodeWithName.NONE;
        int nameColumn = oneLabel ? 0 : CODE_COLUMNS;
        int before = variant.extraColumns() == LayoutVariant.ExtraColumns.NONE ? 0 : 1;
        int after = variant.extraColumns() == LayoutVariant.ExtraColumns.COMPARISON ? 2 : 0;
        int firstValue = nameColumn + 1 + before;
        int width = firstValue + columns.size() + after;
        WorkbookStyles st = canvas.styles();
        int row = canvas.furniture(table, accounts, width);

        boolean joined = canvas.options().codeStyle() == SampleOptions.CodeStyle.JOINED;
        List<List<String>> paths = new ArrayList<>();
        if (oneLabel) {
            paths.add(List.of("项目"));
        } else {
            for (String part : new String[] {"类", "款", "项"}) {
                paths.add(joined ? List.of("项目", "科目编码") : List.of("项目", "科目编码", part));
            }
            paths.add(List.of("项目", "科目名称"));
        }
        if (before > 0) {
            paths.add(List.of(variant.extraColumns() == LayoutVariant.ExtraColumns.PRIOR_YEAR ? "上年数" : "上年决算数"));
        }
        int height = HEADER_HEIGHT;
        for (ValueColumn column : columns) {
            List<String> path = new ArrayList<>(column.header());
            if (variant.amountSubHeader()) {
                path.add("决算数");
            }
            paths.add(path);
        }
        if (after > 0) {
            paths.add(List.of("增减额"));
            paths.add(List.of("增长率"));
        }
        if (variant.amountSubHeader()) {
            height = Math.max(height, paths.stream().mapToInt(List::size).max().orElse(height));
        }
        row = header(canvas, row, paths, height, nameColumn, width);

        boolean empty = accounts.emptyTableNotes().containsKey(table.code());
        boolean template = empty && variant.emptyTables() == LayoutVariant.EmptyTables.TEMPLATE;
        List<AccountRow> printed = new ArrayList<>(rows);
        if (empty && variant.emptyTables() == LayoutVariant.EmptyTables.HEADER_ONLY || template) {
            printed.clear();
        }
        if (variant.totalRowLast() && !printed.isEmpty() && printed.get(0).rowKey().equals(FunctionalRows.TOTAL)) {
            printed.add(printed.remove(0));
        }
        int bodyFirst = row;
        int totalRow = -1;
        List<Integer> classRows = new ArrayList<>();
        int sinceHeader = 0;
        for (int n = 0; n < printed.size(); n++) {
            AccountRow r = printed.get(n);
            if (variant.repeatHeaderEvery() > 0 && sinceHeader == variant.repeatHeaderEvery()) {
                row = canvas.continuationLines(row, width);
                row = header(canvas, row, paths, height, nameColumn, width); // print titles copied into cells
                sinceHeader = 0;
            }
            boolean total = r.rowKey().equals(FunctionalRows.TOTAL);
            boolean bold = total || r.rowKey().length() == 3;
            if (total) {
                totalLabel(canvas, row, nameColumn);
                totalRow = row;
            } else {
                if (oneLabel) {
                    canvas.text(row, 0, indent(variant, r.rowKey()) + codeWithName(variant, r.rowKey(), r.rowName()),
                            bold ? st.textBold : st.text);
                } else {
                    CodeCells.functional(canvas, row, r.rowKey());
                    canvas.text(row, nameColumn, indent(variant, r.rowKey()) + r.rowName(),
                            bold ? st.textBold : st.text);
                }
                if (r.rowKey().length() == 3) {
                    classRows.add(row);
                }
            }
            BigDecimal first = r.amount(columns.get(0).key());
            BigDecimal prior = first.multiply(PRIOR_SHARE).setScale(2, RoundingMode.HALF_UP);
            if (before > 0) {
                canvas.amount(row, nameColumn + 1, prior, bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                BigDecimal amount = r.amount(columns.get(i).key());
                canvas.amount(row, firstValue + i, amount, bold);
            }
            if (after > 0) {
                int col = firstValue + columns.size();
                canvas.amount(row, col, first.subtract(prior), bold);
                canvas.text(row, col + 1, prior.signum() == 0 ? ""
                        : first.subtract(prior).multiply(BigDecimal.valueOf(100))
                                .divide(prior, 2, RoundingMode.HALF_UP).toPlainString() + "%", st.amount);
            }
            row++;
            sinceHeader++;
            if (variant.blankRowsInBody() && n % 5 == 4 && n < printed.size() - 1) {
                canvas.blank(row++, 0, width - 1, st.text); // a row left empty between groups
            }
        }
        if (template) {
            for (int i = 0; i < variant.templateBlankRows(); i++) {
                canvas.blank(row, 0, nameColumn, st.text);
                canvas.blank(row++, nameColumn + 1, width - 1, st.amount);
            }
            totalLabel(canvas, row, nameColumn);
            canvas.blank(row++, nameColumn + 1, width - 1, st.amountBold); // the 合计 of the form, no figures
        }
        if (variant.formulaTotals() && totalRow >= 0) {
            sumFormulas(canvas, rows, columns, firstValue, totalRow, classRows);
        }
        canvas.hideRows(bodyFirst, row);
        canvas.note(row++, table.footer(), width);
        String emptyNote = accounts.emptyTableNotes().get(table.code());
        if (emptyNote != null) {
            canvas.note(row++, emptyNote, width);
        }
        canvas.closingLines(row, width);
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            widths[c] = c < nameColumn ? (joined ? 4 : 6) : c == nameColumn ? 34 : 14;
        }
        canvas.columnWidths(widths);
        canvas.formatToColumn256();
    }

    private static void totalLabel(SheetCanvas canvas, int row, int nameColumn) {
        canvas.blank(row, 0, nameColumn, canvas.styles().textBold);
        canvas.text(row, 0, "合计", canvas.styles().textBold);
        canvas.merge(row, row, 0, nameColumn);
    }

    /** The header rows and (unless the variant drops it) the 栏次 row; returns the next row. */
    private static int header(SheetCanvas canvas, int row, List<List<String>> paths, int height, int nameColumn,
                              int width) {
        WorkbookStyles st = canvas.styles();
        canvas.header(row, paths, height);
        row += height;
        if (canvas.variant().columnNumbers()) {
            canvas.blank(row, 0, width - 1, st.lineNumber);
            canvas.text(row, 0, "栏次", st.lineNumber);
            canvas.merge(row, row, 0, nameColumn);
            for (int c = nameColumn + 1; c < width; c++) {
                canvas.text(row, c, String.valueOf(c - nameColumn), st.lineNumber);
            }
            row++;
        }
        return row;
    }

    /** 款 names one full-width space in, 项 names two, when the variant indents. */
    private static String indent(LayoutVariant variant, String code) {
        if (!variant.indentNames()) {
            return "";
        }
        return code.length() == 5 ? "\u3000" : code.length() == 7 ? "\u3000\u3000" : "";
    }

    private static String codeWithName(LayoutVariant variant, String code, String name) {
        return switch (variant.codeWithName()) {
            case SPACE -> code + " " + name;
            case TIGHT -> code + name;
            case BRACKETS -> "[" + code + "]" + name;
            case NONE -> name;
        };
    }

    /**
     * 合计 as {@code SUM} over the 类 rows with its cached value computed, as Excel stores it — only where the 类
     * rows do add up to the printed 合计 (a formula cannot print a contradiction).
     */
    private static void sumFormulas(SheetCanvas canvas, List<AccountRow> rows, List<ValueColumn> columns,
                                    int firstValue, int totalRow, List<Integer> classRows) {
        AccountRow total = rows.stream().filter(r -> r.rowKey().equals(FunctionalRows.TOTAL)).findFirst().orElseThrow();
        FormulaEvaluator evaluator = canvas.sheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
        for (int i = 0; i < columns.size(); i++) {
            String key = columns.get(i).key();
            BigDecimal classes = Money.sum(rows.stream().filter(r -> r.rowKey().length() == 3)
                    .map(r -> r.amount(key)).toList());
            if (classRows.isEmpty() || classes.compareTo(total.amount(key)) != 0) {
                continue;
            }
            int col = firstValue + i;
            List<String> refs = classRows.stream()
                    .map(r -> new CellReference(canvas.sheetRow(r), col).formatAsString()).toList();
            Cell cell = canvas.cell(totalRow, col);
            cell.setCellFormula("SUM(" + String.join(",", refs) + ")");
            evaluator.evaluateFormulaCell(cell);
        }
    }
}
