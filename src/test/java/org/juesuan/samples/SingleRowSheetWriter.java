package org.juesuan.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes T13: 预算数 block then 决算数 block (合计 | 因公出国（境）费 | 公务用车购置及运行费: 小计, 购置费, 运行费 |
 * 公务接待费), a 栏次 row 1–12 and the one data row. The variant may order the columns item by item instead, each a
 * 预算数 | 决算数 pair under a 财政拨款“三公”经费 heading (Shanghai), and may drop the 栏次 row.
 */
final class SingleRowSheetWriter {

    private static final int HEADER_HEIGHT = 3;

    private SingleRowSheetWriter() {
    }

    static void write(SheetCanvas canvas, PrintedLayout.SingleRow layout, DepartmentAccounts accounts) {
        LayoutVariant variant = canvas.variant();
        boolean pairs = variant.t13() == LayoutVariant.ThreePublicOrder.PAIRS;
        List<ValueColumn> columns = pairs ? pairColumns(variant) : layout.columns();
        int width = columns.size();
        WorkbookStyles st = canvas.styles();
        int row = canvas.furniture(layout.table(), accounts, width);
        int height = pairs ? 4 : HEADER_HEIGHT;
        canvas.header(row, columns.stream().map(ValueColumn::header).toList(), height);
        row += height;
        if (variant.columnNumbers()) {
            for (int i = 0; i < width; i++) {
                canvas.text(row, i, String.valueOf(i + 1), st.lineNumber);
            }
            row++;
        }
        AccountRow data = accounts.rows(layout.table().code()).get(0);
        for (int i = 0; i < width; i++) {
            canvas.amount(row, i, data.amount(columns.get(i).key()), false);
        }
        row++;
        canvas.note(row++, layout.table().footer(), width);
        canvas.closingLines(row, width);
        int[] widths = new int[width];
        java.util.Arrays.fill(widths, 14);
        canvas.columnWidths(widths);
        canvas.formatToColumn256();
    }

    /** Item by item, each with its 预算数 | 决算数 pair. */
    private static List<ValueColumn> pairColumns(LayoutVariant variant) {
        String top = "财政拨款" + variant.quotes().open + "三公" + variant.quotes().close + "经费";
        String vehicle = "公务用车购置及运行费";
        List<ValueColumn> columns = new ArrayList<>();
        String[][] items = {{"total", "合计"}, {"abroad", "因公出国（境）费"}, {"vehicle", vehicle, "小计"},
                {"vehicle_purchase", vehicle, "公务用车购置费"}, {"vehicle_operation", vehicle, "公务用车运行费"},
                {"reception", "公务接待费"}};
        for (String[] item : items) {
            for (String[] block : new String[][] {{"budget", "预算数"}, {"final", "决算数"}}) {
                List<String> header = new ArrayList<>();
                header.add(top);
                for (int i = 1; i < item.length; i++) {
                    header.add(item[i]);
                }
                header.add(block[1]);
                columns.add(new ValueColumn(block[0] + "." + item[0], header));
            }
        }
        return columns;
    }
}
