package org.juesuan.samples;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles a sample workbook uses, created once per workbook (HSSF allows ~4000 styles). */
final class WorkbookStyles {

    static final String AMOUNT_FORMAT = "#,##0.00";

    final CellStyle title;
    final CellStyle label;
    final CellStyle departmentLine;
    final CellStyle unitLine;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle code;
    final CellStyle codeNumber;
    final CellStyle lineNumber;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle note;

    WorkbookStyles(Workbook wb) {
        Font plain = font(wb, false, 11);
        Font bold = font(wb, true, 11);
        Font big = font(wb, true, 18);
        title = style(wb, big, HorizontalAlignment.CENTER, false);
        label = style(wb, plain, HorizontalAlignment.RIGHT, false);
        departmentLine = style(wb, plain, HorizontalAlignment.LEFT, false);
        unitLine = style(wb, plain, HorizontalAlignment.RIGHT, false);
        header = style(wb, bold, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        text = style(wb, plain, HorizontalAlignment.LEFT, true);
        textBold = style(wb, bold, HorizontalAlignment.LEFT, true);
        code = style(wb, plain, HorizontalAlignment.LEFT, true);
        code.setDataFormat(wb.createDataFormat().getFormat("@"));
        codeNumber = style(wb, plain, HorizontalAlignment.LEFT, true);
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
