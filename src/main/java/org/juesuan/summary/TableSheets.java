package org.juesuan.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.juesuan.model.TableCode;
import org.juesuan.summary.PrintedTable.Column;
import org.juesuan.summary.PrintedTable.Line;

/** Lays a summed table out on its sheet in its printed shape ({@link PrintedTable}). */
final class TableSheets {

    private static final String TOTAL = "TOTAL";

    private final ConsolidatedAccounts accounts;
    private final RowNames names;

    TableSheets(ConsolidatedAccounts accounts, RowNames names) {
        this.accounts = accounts;
        this.names = names;
    }

    void write(SummarySheet sheet, PrintedTable layout) {
        sheet.inYuan(accounts.rows(layout.table()).values().stream().flatMap(r -> r.yuan().values().stream())
                .anyMatch(SummarySheet::needsYuan));
        if (layout instanceof PrintedTable.Functional f) {
            functional(sheet, f);
        } else if (layout instanceof PrintedTable.FixedLines f) {
            fixedLines(sheet, f);
        } else if (layout instanceof PrintedTable.EconomicGroups e) {
            economicGroups(sheet, e);
        } else if (layout instanceof PrintedTable.SingleRow s) {
            singleRow(sheet, s);
        }
    }

    /** 类 | 款 | 项 | 科目名称 | amounts; three header rows, the 栏次 row, 合计, then the codes in catalog order. */
    private void functional(SummarySheet sheet, PrintedTable.Functional layout) {
        SummaryStyles st = sheet.styles;
        int nameColumn = 3;
        int width = nameColumn + 1 + layout.columns().size();
        int row = sheet.furniture(layout.table(), accounts, width);
        String project = PrintedWords.text("summary.project");
        String code = PrintedWords.text("summary.code");
        List<List<String>> paths = new ArrayList<>();
        for (String part : new String[] {"类", "款", "项"}) {
            paths.add(List.of(project, code, part));
        }
        paths.add(List.of(project, PrintedWords.text("summary.name")));
        layout.columns().forEach(c -> paths.add(c.header()));
        sheet.header(row, paths, 3);
        row += 3;
        sheet.blank(row, 0, width - 1, st.lineNumber);
        sheet.text(row, 0, PrintedWords.text("summary.column-number"), st.lineNumber);
        sheet.merge(row, row, 0, nameColumn);
        for (int c = nameColumn + 1; c < width; c++) {
            sheet.text(row, c, String.valueOf(c - nameColumn), st.lineNumber);
        }
        row++;

        Map<String, SummedRow> rows = accounts.rows(layout.table());
        SummedRow total = rows.getOrDefault(TOTAL, new SummedRow(TOTAL, null, Map.of()));
        sheet.blank(row, 0, nameColumn, st.textBold);
        sheet.text(row, 0, PrintedWords.text("summary.total"), st.textBold);
        sheet.merge(row, row, 0, nameColumn);
        amounts(sheet, row++, nameColumn + 1, layout.columns(), total, true);
        for (SummedRow r : rows.values()) {
            if (r.key().equals(TOTAL) || !r.key().chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean bold = r.key().length() == 3;
            sheet.blank(row, 0, 2, st.code);
            sheet.text(row, 0, r.key().substring(0, 3), st.code);
            if (r.key().length() >= 5) {
                sheet.text(row, 1, r.key().substring(3, 5), st.code);
            }
            if (r.key().length() >= 7) {
                sheet.text(row, 2, r.key().substring(5, 7), st.code);
            }
            sheet.text(row, nameColumn, names.functional(r.key(), r.printedName()), bold ? st.textBold : st.text);
            amounts(sheet, row++, nameColumn + 1, layout.columns(), r, bold);
        }
        notes(sheet, row, width, layout.table());
        int[] widths = new int[width];
        Arrays.fill(widths, 14);
        widths[0] = 6;
        widths[1] = 6;
        widths[2] = 6;
        widths[nameColumn] = 34;
        sheet.columnWidths(widths);
    }

    private static void amounts(SummarySheet sheet, int row, int firstCol, List<Column> columns, SummedRow r,
                                boolean bold) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.amount(row, firstCol + i, r.amount(columns.get(i).key()), bold);
        }
    }

    /** 收入 | 行次 | amounts beside 支出 | 行次 | amounts; 行次 runs down the left block, then on down the right. */
    private void fixedLines(SummarySheet sheet, PrintedTable.FixedLines layout) {
        SummaryStyles st = sheet.styles;
        int leftWidth = 2 + layout.leftColumns().size();
        int width = leftWidth + 2 + layout.rightColumns().size();
        int row = sheet.furniture(layout.table(), accounts, width);
        String project = PrintedWords.text("summary.project");
        String lineNumber = PrintedWords.text("summary.line-number");
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of("收入", project));
        paths.add(List.of("收入", lineNumber));
        layout.leftColumns().forEach(c -> paths.add(c.header()));
        paths.add(List.of("支出", project));
        paths.add(List.of("支出", lineNumber));
        layout.rightColumns().forEach(c -> paths.add(c.header()));
        sheet.header(row, paths, 2);
        row += 2;
        sheet.blank(row, 0, width - 1, st.lineNumber);
        int columnNumber = 1;
        for (int block = 0; block < 2; block++) {
            int first = block == 0 ? 0 : leftWidth;
            int count = block == 0 ? layout.leftColumns().size() : layout.rightColumns().size();
            sheet.text(row, first, PrintedWords.text("summary.column-number"), st.lineNumber);
            for (int i = 0; i < count; i++) {
                sheet.text(row, first + 2 + i, String.valueOf(columnNumber++), st.lineNumber);
            }
        }
        row++;
        int lines = Math.max(layout.left().size(), layout.right().size());
        for (int i = 0; i < lines; i++) {
            line(sheet, layout.table(), row + i, 0, layout.left(), layout.leftColumns(), i, i + 1);
            line(sheet, layout.table(), row + i, leftWidth, layout.right(), layout.rightColumns(), i,
                    layout.left().size() + i + 1);
        }
        notes(sheet, row + lines, width, layout.table());
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            int inBlock = c < leftWidth ? c : c - leftWidth;
            widths[c] = inBlock == 0 ? 34 : inBlock == 1 ? 6 : 16;
        }
        sheet.columnWidths(widths);
    }

    private void line(SummarySheet sheet, TableCode table, int row, int firstCol, List<Line> block,
                      List<Column> columns, int index, int lineNumber) {
        SummaryStyles st = sheet.styles;
        if (index >= block.size()) {
            sheet.blank(row, firstCol, firstCol + 1 + columns.size(), st.text);
            return;
        }
        Line line = block.get(index);
        sheet.text(row, firstCol, line.indented() ? "\u3000\u3000" + line.label() : line.label(), st.text);
        sheet.number(row, firstCol + 1, lineNumber, st.lineNumber);
        if (line.key() == null) {
            sheet.blank(row, firstCol + 2, firstCol + 1 + columns.size(), st.amount);
            return;
        }
        SummedRow r = accounts.row(table, line.key()).orElse(new SummedRow(line.key(), null, Map.of()));
        amounts(sheet, row, firstCol + 2, columns, r, false);
    }

    /**
     * Three groups of 科目编码 | 科目名称 | 决算数 (301/303 | 302 | the other classes), codes in catalog order within
     * each, then the totals line: T08 人员经费合计 and 公用经费合计, T09 合计.
     */
    private void economicGroups(SummarySheet sheet, PrintedTable.EconomicGroups layout) {
        SummaryStyles st = sheet.styles;
        int groups = 3;
        int width = groups * 3;
        TableCode table = layout.table();
        int row = sheet.furniture(table, accounts, width);
        List<List<String>> paths = new ArrayList<>();
        for (String title : layout.groupTitles()) {
            paths.add(List.of(title, PrintedWords.text("summary.code")));
            paths.add(List.of(title, PrintedWords.text("summary.name")));
            paths.add(List.of(title, PrintedWords.text("summary.final")));
        }
        sheet.header(row, paths, 2);
        row += 2;
        List<List<SummedRow>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (SummedRow r : accounts.rows(table).values()) {
            if (r.key().chars().allMatch(Character::isDigit)) {
                columns.get(group(r.key())).add(r);
            }
        }
        int body = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < body; i++) {
            for (int g = 0; g < groups; g++) {
                int col = 3 * g;
                if (i >= columns.get(g).size()) {
                    sheet.blank(row + i, col, col + 1, st.text);
                    sheet.blank(row + i, col + 2, col + 2, st.amount);
                    continue;
                }
                SummedRow r = columns.get(g).get(i);
                boolean bold = r.key().length() == 3;
                sheet.text(row + i, col, r.key(), st.code);
                sheet.text(row + i, col + 1, names.economic(r.key(), r.printedName()), bold ? st.textBold : st.text);
                sheet.amount(row + i, col + 2, r.amount("amount"), bold);
            }
        }
        row += body;
        if (table == TableCode.T08) {
            totalCell(sheet, table, row, 0, 1, 2, "PERSONNEL_TOTAL", "人员经费合计");
            totalCell(sheet, table, row, 3, width - 2, width - 1, "PUBLIC_TOTAL", "公用经费合计");
        } else {
            totalCell(sheet, table, row, 0, width - 2, width - 1, TOTAL, PrintedWords.text("summary.total"));
        }
        row++;
        notes(sheet, row, width, table);
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            widths[c] = c % 3 == 0 ? 9 : c % 3 == 1 ? 26 : 14;
        }
        sheet.columnWidths(widths);
    }

    /** The T08/T09 column group of an economic code: 301/303 (人员经费) | 302 | the rest. */
    static int group(String code) {
        return switch (code.substring(0, 3)) {
            case "301", "303" -> 0;
            case "302" -> 1;
            default -> 2;
        };
    }

    private void totalCell(SummarySheet sheet, TableCode table, int row, int labelFrom, int labelTo, int amountCol,
                           String key, String label) {
        sheet.blank(row, labelFrom, labelTo, sheet.styles.textBold);
        sheet.text(row, labelFrom, label, sheet.styles.textBold);
        sheet.merge(row, row, labelFrom, labelTo);
        BigDecimal yuan = accounts.row(table, key).map(r -> r.amount("amount")).orElse(BigDecimal.ZERO);
        sheet.amount(row, amountCol, yuan, true);
    }

    /** 预算数 and 决算数 blocks over a 栏次 row 1–12 and the one data row. */
    private void singleRow(SummarySheet sheet, PrintedTable.SingleRow layout) {
        SummaryStyles st = sheet.styles;
        int width = layout.columns().size();
        int row = sheet.furniture(layout.table(), accounts, width);
        sheet.header(row, layout.columns().stream().map(Column::header).toList(), 3);
        row += 3;
        for (int i = 0; i < width; i++) {
            sheet.text(row, i, String.valueOf(i + 1), st.lineNumber);
        }
        row++;
        SummedRow data = accounts.row(layout.table(), TOTAL).orElse(new SummedRow(TOTAL, null, Map.of()));
        amounts(sheet, row, 0, layout.columns(), data, false);
        notes(sheet, row + 1, width, layout.table());
        int[] widths = new int[width];
        Arrays.fill(widths, 14);
        sheet.columnWidths(widths);
    }

    /** The form's 注 under the table, and the 空表说明 when none of the summed departments has a figure in it. */
    private void notes(SummarySheet sheet, int row, int width, TableCode table) {
        sheet.note(row++, PrintedWords.text("summary.footer." + table.name()), width);
        if (accounts.rows(table).isEmpty()) {
            sheet.note(row, PrintedWords.text("summary.empty-note", accounts.pseudoDepartment(), accounts.year()),
                    width);
        }
    }
}
