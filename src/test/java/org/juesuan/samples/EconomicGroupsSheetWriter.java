package org.juesuan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes T08/T09: three side-by-side groups of 科目编码 | 科目名称 | 决算数 (301/303 | 302 | 307, 310, 312, 399),
 * shorter groups padded with empty cells, class rows bold, and the totals line last: T08
 * {@code 人员经费合计 [A:B] | amount | 公用经费合计 [D:H] | amount}, T09 {@code 合计 [A:H] | amount}. The variant may
 * print two groups (301/303 | the rest) and split the codes into 类 | 款 columns ({@code 301 | 01}).
 */
final class EconomicGroupsSheetWriter {

    private static final Set<String> TOTAL_KEYS = Set.of("PERSONNEL_TOTAL", "PUBLIC_TOTAL", "TOTAL");

    private EconomicGroupsSheetWriter() {
    }

    static void write(SheetCanvas canvas, PrintedLayout.EconomicGroups layout, DepartmentAccounts accounts) {
        WorkbookStyles st = canvas.styles();
        LayoutVariant variant = canvas.variant();
        boolean two = variant.t08() == LayoutVariant.EconomicGroupLayout.TWO_GROUPS_SPLIT
                || variant.t08() == LayoutVariant.EconomicGroupLayout.TWO_GROUPS_JOINED;
        boolean split = variant.economicCodesSplit();
        int groups = two ? 2 : 3;
        int groupWidth = split ? 4 : 3;
        int width = groups * groupWidth;
        String table = layout.table().code();
        int row = canvas.furniture(layout.table(), accounts, width);
        List<List<String>> paths = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String title = layout.groupTitles().get(g);
            if (split) {
                paths.add(List.of(title, "科目编码", "类"));
                paths.add(List.of(title, "科目编码", "款"));
            } else {
                paths.add(List.of(title, "科目编码"));
            }
            paths.add(List.of(title, "科目名称"));
            paths.add(List.of(title, "决算数"));
        }
        int height = split ? 3 : 2;
        canvas.header(row, paths, height);
        row += height;

        List<List<AccountRow>> columns = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            columns.add(new ArrayList<>());
        }
        for (AccountRow r : accounts.rows(table)) {
            if (!TOTAL_KEYS.contains(r.rowKey())) {
                columns.get(Math.min(EconomicCatalog.group(r.rowKey()), groups - 1)).add(r);
            }
        }
        boolean template = accounts.emptyTableNotes().containsKey(table)
                && variant.emptyTables() == LayoutVariant.EmptyTables.TEMPLATE;
        int bodyHeight = template ? variant.templateBlankRows() : columns.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < bodyHeight; i++) {
            for (int g = 0; g < groups; g++) {
                int col = groupWidth * g;
                int nameCol = col + groupWidth - 2;
                if (i >= columns.get(g).size()) {
                    canvas.blank(row + i, col, nameCol, st.text);
                    canvas.blank(row + i, nameCol + 1, nameCol + 1, st.amount);
                    continue;
                }
                AccountRow r = columns.get(g).get(i);
                boolean bold = r.rowKey().length() == 3;
                if (split) {
                    CodeCells.economicSplit(canvas, row + i, col, r.rowKey());
                } else {
                    CodeCells.economic(canvas, row + i, col, r.rowKey());
                }
                canvas.text(row + i, nameCol, (variant.indentNames() && !bold ? "\u3000" : "") + r.rowName(),
                        bold ? st.textBold : st.text);
                canvas.amount(row + i, nameCol + 1, r.amount("amount"), bold);
            }
        }
        canvas.hideRows(row, row + bodyHeight);
        row += bodyHeight;

        if (table.equals(FinalAccountTable.T08.code())) {
            totalCell(canvas, row, 0, groupWidth - 2, groupWidth - 1, accounts.row(table, "PERSONNEL_TOTAL").orElseThrow());
            totalCell(canvas, row, groupWidth, width - 2, width - 1, accounts.row(table, "PUBLIC_TOTAL").orElseThrow());
        } else {
            totalCell(canvas, row, 0, width - 2, width - 1, accounts.row(table, "TOTAL").orElseThrow());
        }
        if (template) {
            canvas.cell(row, width - 1).setBlank(); // the blank form's 合计 carries no figure
        }
        row++;
        canvas.note(row++, layout.table().footer(), width);
        String emptyNote = accounts.emptyTableNotes().get(table);
        if (emptyNote != null) {
            canvas.note(row++, emptyNote, width);
        }
        canvas.closingLines(row, width);
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            int inGroup = c % groupWidth;
            widths[c] = inGroup == groupWidth - 2 ? 26 : inGroup == groupWidth - 1 ? 13 : split ? 6 : 9;
        }
        canvas.columnWidths(widths);
        canvas.formatToColumn256();
    }

    private static void totalCell(SheetCanvas canvas, int row, int labelFrom, int labelTo, int amountCol, AccountRow r) {
        canvas.blank(row, labelFrom, labelTo, canvas.styles().textBold);
        canvas.text(row, labelFrom, r.rowName(), canvas.styles().textBold);
        canvas.merge(row, row, labelFrom, labelTo);
        canvas.amount(row, amountCol, r.amount("amount"), true);
    }
}
