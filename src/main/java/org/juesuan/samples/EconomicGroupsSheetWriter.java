package org.juesuan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes T08/T09: three side-by-side groups of 科目编码 | 科目名称 | 决算数 (301/303 | 302 | 307, 310, 312, 399),
 * shorter groups padded with empty cells, class rows bold, and the totals line last: T08
 * {@code 人员经费合计 [A:B] | amount | 公用经费合计 [D:H] | amount}, T09 {@code 合计 [A:H] | amount}.
 */
final class EconomicGroupsSheetWriter {

    private static final int GROUPS = 3;
    private static final int WIDTH = 3 * GROUPS;
    private static final Set<String> TOTAL_KEYS = Set.of("PERSONNEL_TOTAL", "PUBLIC_TOTAL", "TOTAL");

    private EconomicGroupsSheetWriter() {
    }

    static void write(SheetCanvas canvas, TableLayout.EconomicGroups layout, DepartmentAccounts accounts) {
        WorkbookStyles st = canvas.styles();
        String table = layout.table().code();
        canvas.furniture(layout.table(), accounts.departmentName(), WIDTH);
        List<List<String>> paths = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            for (String sub : new String[] {"科目编码", "科目名称", "决算数"}) {
                paths.add(List.of(layout.groupTitles().get(g), sub));
            }
        }
        int row = SheetCanvas.FIRST_HEADER_ROW;
        canvas.header(row, paths, 2);
        row += 2;

        List<List<AccountRow>> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            groups.add(new ArrayList<>());
        }
        for (AccountRow r : accounts.rows(table)) {
            if (!TOTAL_KEYS.contains(r.rowKey())) {
                groups.get(EconomicCatalog.group(r.rowKey())).add(r);
            }
        }
        int height = groups.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < height; i++) {
            for (int g = 0; g < GROUPS; g++) {
                int col = 3 * g;
                if (i >= groups.get(g).size()) {
                    canvas.blank(row + i, col, col + 1, st.text);
                    canvas.blank(row + i, col + 2, col + 2, st.amount);
                    continue;
                }
                AccountRow r = groups.get(g).get(i);
                boolean bold = r.rowKey().length() == 3;
                CodeCells.economic(canvas, row + i, col, r.rowKey());
                canvas.text(row + i, col + 1, r.rowName(), bold ? st.textBold : st.text);
                canvas.amount(row + i, col + 2, r.amount("amount"), bold);
            }
        }
        row += height;

        if (table.equals(FinalAccountTable.T08.code())) {
            totalCell(canvas, row, 0, 1, 2, accounts.row(table, "PERSONNEL_TOTAL").orElseThrow());
            totalCell(canvas, row, 3, 7, 8, accounts.row(table, "PUBLIC_TOTAL").orElseThrow());
        } else {
            totalCell(canvas, row, 0, 7, 8, accounts.row(table, "TOTAL").orElseThrow());
        }
        row++;
        canvas.note(row++, layout.table().footer(), WIDTH);
        String emptyNote = accounts.emptyTableNotes().get(table);
        if (emptyNote != null) {
            canvas.note(row, emptyNote, WIDTH);
        }
        canvas.columnWidths(9, 26, 13, 9, 26, 13, 9, 26, 13);
    }

    private static void totalCell(SheetCanvas canvas, int row, int labelFrom, int labelTo, int amountCol, AccountRow r) {
        canvas.blank(row, labelFrom, labelTo, canvas.styles().textBold);
        canvas.text(row, labelFrom, r.rowName(), canvas.styles().textBold);
        canvas.merge(row, row, labelFrom, labelTo);
        canvas.amount(row, amountCol, r.amount("amount"), true);
    }
}
