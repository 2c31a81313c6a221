package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a functional-classification table (T02, T03, T05, T06, T07, T10, T11, T12), driven by its column list:
 * A–C 类|款|项 (or one code merged over A–C), D 科目名称, then the amounts; 3 header rows, 栏次 row, 合计 row first,
 * then 类/款/项 rows, footer, and the 空表说明 when the table is empty.
 */
final class FunctionalSheetWriter {

    private static final int CODE_COLUMNS = 3;
    private static final int NAME_COLUMN = 3;
    private static final int FIRST_VALUE_COLUMN = 4;
    private static final int HEADER_HEIGHT = 3;

    private FunctionalSheetWriter() {
    }

    static void write(SheetCanvas canvas, TableLayout.Functional layout, DepartmentAccounts accounts) {
        List<ValueColumn> columns = layout.columns();
        int width = FIRST_VALUE_COLUMN + columns.size();
        WorkbookStyles st = canvas.styles();
        canvas.furniture(layout.table(), accounts.departmentName(), width);

        boolean joined = canvas.options().codeStyle() == SampleOptions.CodeStyle.JOINED;
        List<List<String>> paths = new ArrayList<>();
        for (String part : new String[] {"类", "款", "项"}) {
            paths.add(joined ? List.of("项目", "科目编码") : List.of("项目", "科目编码", part));
        }
        paths.add(List.of("项目", "科目名称"));
        columns.forEach(c -> paths.add(c.header()));
        int row = SheetCanvas.FIRST_HEADER_ROW;
        canvas.header(row, paths, HEADER_HEIGHT);
        row += HEADER_HEIGHT;

        canvas.blank(row, 0, width - 1, st.lineNumber);
        canvas.text(row, 0, "栏次", st.lineNumber);
        canvas.merge(row, row, 0, NAME_COLUMN);
        for (int i = 0; i < columns.size(); i++) {
            canvas.text(row, FIRST_VALUE_COLUMN + i, String.valueOf(i + 1), st.lineNumber);
        }
        row++;

        for (AccountRow r : accounts.rows(layout.table().code())) {
            boolean total = r.rowKey().equals(FunctionalRows.TOTAL);
            boolean bold = total || r.rowKey().length() == 3;
            if (total) {
                canvas.blank(row, 0, NAME_COLUMN, st.textBold);
                canvas.text(row, 0, "合计", st.textBold);
                canvas.merge(row, row, 0, NAME_COLUMN);
            } else {
                CodeCells.functional(canvas, row, r.rowKey());
                canvas.text(row, NAME_COLUMN, r.rowName(), bold ? st.textBold : st.text);
            }
            for (int i = 0; i < columns.size(); i++) {
                BigDecimal amount = r.amount(columns.get(i).key());
                canvas.amount(row, FIRST_VALUE_COLUMN + i, amount, bold);
            }
            row++;
        }
        canvas.note(row++, layout.table().footer(), width);
        String emptyNote = accounts.emptyTableNotes().get(layout.table().code());
        if (emptyNote != null) {
            canvas.note(row, emptyNote, width);
        }
        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            widths[c] = c < CODE_COLUMNS ? (joined ? 4 : 6) : c == NAME_COLUMN ? 34 : 14;
        }
        canvas.columnWidths(widths);
    }
}
