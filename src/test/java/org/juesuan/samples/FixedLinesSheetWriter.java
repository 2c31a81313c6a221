package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes T01/T04: 收入 block (项目 | 行次 | 金额) left, 支出 block (项目 | 行次 | amounts) right, printed side by side
 * on the same sheet rows; 行次 numbers the left lines 1…n and continues n+1… down the right block (docs/tables.md §3.1).
 */
final class FixedLinesSheetWriter {

    private static final String INDENT = "\u3000\u3000";
    private static final int HEADER_HEIGHT = 2;

    private FixedLinesSheetWriter() {
    }

    static void write(SheetCanvas canvas, PrintedLayout.FixedLines layout, DepartmentAccounts accounts) {
        WorkbookStyles st = canvas.styles();
        int leftWidth = 2 + layout.leftColumns().size();
        int width = leftWidth + 2 + layout.rightColumns().size();
        int row = canvas.furniture(layout.table(), accounts, width);

        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of("收入", "项目"));
        paths.add(List.of("收入", "行次"));
        layout.leftColumns().forEach(c -> paths.add(c.header()));
        paths.add(List.of("支出", "项目"));
        paths.add(List.of("支出", "行次"));
        layout.rightColumns().forEach(c -> paths.add(c.header()));
        canvas.header(row, paths, HEADER_HEIGHT);
        row += HEADER_HEIGHT;

        if (canvas.variant().columnNumbers()) {
            canvas.blank(row, 0, width - 1, st.lineNumber);
            int columnNumber = 1;
            for (int block = 0; block < 2; block++) {
                int first = block == 0 ? 0 : leftWidth;
                int amounts = block == 0 ? layout.leftColumns().size() : layout.rightColumns().size();
                canvas.text(row, first, "栏次", st.lineNumber);
                for (int i = 0; i < amounts; i++) {
                    canvas.text(row, first + 2 + i, String.valueOf(columnNumber++), st.lineNumber);
                }
            }
            row++;
        }

        int lines = Math.max(layout.left().size(), layout.right().size());
        for (int i = 0; i < lines; i++) {
            line(canvas, accounts, layout, row + i, 0, layout.left(), layout.leftColumns(), i, i + 1);
            line(canvas, accounts, layout, row + i, leftWidth, layout.right(), layout.rightColumns(), i,
                    layout.left().size() + i + 1);
        }
        canvas.hideRows(row, row + lines);
        row += lines;
        canvas.note(row++, layout.table().footer(), width);
        canvas.closingLines(row, width);

        int[] widths = new int[width];
        for (int c = 0; c < width; c++) {
            int inBlock = c < leftWidth ? c : c - leftWidth;
            widths[c] = inBlock == 0 ? 34 : inBlock == 1 ? 6 : 16;
        }
        canvas.columnWidths(widths);
        canvas.formatToColumn256();
    }

    private static void line(SheetCanvas canvas, DepartmentAccounts accounts, PrintedLayout.FixedLines layout, int row,
                             int firstCol, List<FixedLine> block, List<ValueColumn> columns, int index, int lineNumber) {
        WorkbookStyles st = canvas.styles();
        if (index >= block.size()) {
            canvas.blank(row, firstCol, firstCol + 1 + columns.size(), st.text);
            return;
        }
        FixedLine line = block.get(index);
        canvas.text(row, firstCol, line.indented() ? INDENT + line.label() : line.label(), st.text);
        canvas.number(row, firstCol + 1, lineNumber, st.lineNumber);
        if (line.isBlank()) {
            canvas.blank(row, firstCol + 2, firstCol + 1 + columns.size(), st.amount);
            return;
        }
        AccountRow r = accounts.row(layout.table().code(), line.key()).orElseThrow(
                () -> new IllegalArgumentException(layout.table().code() + " lacks line " + line.key()));
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal amount = r.amount(columns.get(i).key());
            canvas.amount(row, firstCol + 2 + i, amount, false);
        }
    }
}
