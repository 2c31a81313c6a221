package org.juesuan.summary;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of a summary workbook, created once per workbook. */
final class SummaryStyles {

    /**
     * Amounts show two decimals; the cell keeps every decimal of the exact 万元 value (元 / 10000), so nothing is
     * lost to display rounding.
     */
    static final String AMOUNT_FORMAT = "#,##0.00";

    final CellStyle title;
    final CellStyle left;
    final CellStyle right;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle code;
    final CellStyle lineNumber;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle note;

    SummaryStyles(Workbook wb) {
        Font plain = font(wb, false, 11);
        Font bold = font(wb, true, 11);
        title = style(wb, font(wb, true, 18), HorizontalAlignment.CENTER, false);
        left = style(wb, plain, HorizontalAlignment.LEFT, false);
        right = style(wb, plain, HorizontalAlignment.RIGHT, false);
        header = style(wb, bold, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        text = style(wb, plain, HorizontalAlignment.LEFT, true);
        textBold = style(wb, bold, HorizontalAlignment.LEFT, true);
        code = style(wb, plain, HorizontalAlignment.LEFT, true);
        code.setDataFormat(wb.createDataFormat().getFormat("@"));
        lineNumber = style(wb, plain, HorizontalAlignment.CENTER, true);
        amount = style(wb, plain, HorizontalAlignment.RIGHT, true);
        amount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
        amountBold = style(wb, bold, HorizontalAlignment.RIGHT, true);
        amountBold.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
        note = style(wb, plain, HorizontalAlignment.LEFT, false);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(Workbook wb, boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName("宋体");
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
