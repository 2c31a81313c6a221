package org.juesuan.samples;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheets around the tables that real workbooks carry and an importer must pass over: a 封面 (cover), a 目录
 * listing every table title, a 说明 of prose that mentions titles and figures, and a hidden parameter sheet.
 */
final class ExtraSheets {

    private final Workbook wb;
    private final DepartmentAccounts accounts;
    private final LayoutVariant variant;
    private final List<FinalAccountTable> tables;

    ExtraSheets(Workbook wb, DepartmentAccounts accounts, LayoutVariant variant, List<FinalAccountTable> tables) {
        this.wb = wb;
        this.accounts = accounts;
        this.variant = variant;
        this.tables = tables;
    }

    /** Sheets in front of the tables. */
    void front() {
        if (variant.extraSheets().contains(LayoutVariant.ExtraSheet.COVER)) {
            Sheet cover = wb.createSheet("封面");
            line(cover, 2, accounts.departmentName());
            line(cover, 4, accounts.fiscalYear() + "年度部门决算");
            line(cover, 8, "编制单位：" + accounts.departmentName());
            line(cover, 9, "报送日期：" + (accounts.fiscalYear() + 1) + "年9月20日");
        }
        if (variant.extraSheets().contains(LayoutVariant.ExtraSheet.CONTENTS)) {
            Sheet contents = wb.createSheet("目录");
            line(contents, 0, "目  录");
            int row = 2;
            for (FinalAccountTable table : tables) {
                Row r = contents.createRow(row++);
                r.createCell(0).setCellValue(table.label());
                r.createCell(1).setCellValue(table.title());
            }
        }
    }

    /** Sheets behind the tables. */
    void back() {
        if (variant.extraSheets().contains(LayoutVariant.ExtraSheet.EXPLANATION)) {
            Sheet notes = wb.createSheet("说明");
            line(notes, 0, accounts.fiscalYear() + "年度部门决算情况说明");
            line(notes, 2, "一、收入支出决算总体情况说明");
            line(notes, 3, accounts.fiscalYear() + "年度收入、支出总计见收入支出决算总表，本表金额单位为万元。");
            // A heading that is exactly a title, with a figure under it: prose, not a table (no 部门/单位 line).
            line(notes, 5, FinalAccountTable.T01.title());
            Row figure = notes.createRow(6);
            figure.createCell(0).setCellValue("本年收入合计");
            figure.createCell(1).setCellValue(1234.56);
            line(notes, 8, "二、收入决算表情况说明：本年收入主要为财政拨款收入。");
        }
        if (variant.extraSheets().contains(LayoutVariant.ExtraSheet.HIDDEN_SHEET)) {
            Sheet parameters = wb.createSheet("参数");
            Row r = parameters.createRow(0);
            r.createCell(0).setCellValue("报表版本");
            r.createCell(1).setCellValue(6.1);
            Row y = parameters.createRow(1);
            y.createCell(0).setCellValue("年度");
            y.createCell(1).setCellValue(accounts.fiscalYear());
            wb.setSheetHidden(wb.getSheetIndex(parameters), true);
        }
    }

    private static void line(Sheet sheet, int row, String text) {
        sheet.createRow(row).createCell(0).setCellValue(text);
    }
}
