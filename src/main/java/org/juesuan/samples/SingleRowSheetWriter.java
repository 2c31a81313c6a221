package org.juesuan.samples;

import java.util.List;

/**
 * Writes T13: 预算数 block then 决算数 block (合计 | 因公出国（境）费 | 公务用车购置及运行费: 小计, 购置费, 运行费 |
 * 公务接待费), a 栏次 row 1–12 and the one data row.
 */
final class SingleRowSheetWriter {

    private static final int HEADER_HEIGHT = 3;

    private SingleRowSheetWriter() {
    }

    static void write(SheetCanvas canvas, TableLayout.SingleRow layout, DepartmentAccounts accounts) {
        List<ValueColumn> columns = layout.columns();
        int width = columns.size();
        WorkbookStyles st = canvas.styles();
        canvas.furniture(layout.table(), accounts.departmentName(), width);
        int row = SheetCanvas.FIRST_HEADER_ROW;
        canvas.header(row, columns.stream().map(ValueColumn::header).toList(), HEADER_HEIGHT);
        row += HEADER_HEIGHT;
        for (int i = 0; i < width; i++) {
            canvas.text(row, i, String.valueOf(i + 1), st.lineNumber);
        }
        row++;
        AccountRow data = accounts.rows(layout.table().code()).get(0);
        for (int i = 0; i < width; i++) {
            canvas.amount(row, i, data.amount(columns.get(i).key()), false);
        }
        row++;
        canvas.note(row, layout.table().footer(), width);
        int[] widths = new int[width];
        java.util.Arrays.fill(widths, 14);
        canvas.columnWidths(widths);
    }
}
