package org.juesuan.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The hand-made cases of issue 12: habits of published 决算 tables, each in a small workbook of 测试局 whose
 * figures are those of {@link HandmadeCorpus#t03} / {@link HandmadeCorpus#t06} printed the way real publications
 * print them. Their {@code .expected.csv} files are written by hand.
 */
final class HandmadeHabitsCorpus {

    private static final String T10_NOTE = "注：本单位无政府性基金预算财政拨款支出，故本表无数据。";

    private HandmadeHabitsCorpus() {
    }

    static void writeAll(Path dir) throws IOException {
        try (Book b = Book.xlsx()) {
            HandmadeCorpus.t03(b.sheet("支出决算表"), 100.25, null);
            emptyT10(b.sheet("政府性基金"), 10);
            b.save(dir.resolve("h20-empty-table-blank-form.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03RunningOn(b.sheet("支出决算表"), "（续表）");
            b.save(dir.resolve("h21-continued-xubiao.xlsx"));
        }
        try (Book b = Book.xls()) {
            t03RunningOn(b.sheet("支出决算表"), null);
            b.save(dir.resolve("h22-continued-header-only.xls"));
        }
        try (Book b = Book.xlsx()) {
            t06OneLabel(b.sheet("一般公共预算支出"), "", "");
            b.save(dir.resolve("h23-code-name-tight.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t06OneLabel(b.sheet("一般公共预算支出"), "[", "]");
            b.save(dir.resolve("h24-code-name-brackets.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t06Comparison(b.sheet("一般公共预算支出"));
            b.save(dir.resolve("h25-prior-year-change-rate-columns.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03Negatives(b.sheet("支出决算表"));
            b.save(dir.resolve("h26-negatives-parentheses-full-width-minus.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t06Spellings(b.sheet("一般公共预算支出"));
            b.save(dir.resolve("h27-number-spellings-noise-hidden-decimals.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t07ByEconomicRows(b.sheet("一般公共预算支出明细"));
            t09ByFunctionalRows(b.sheet("项目支出"));
            b.save(dir.resolve("h28-t07-economic-t09-functional-rows.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t01AndT03(b, "100.01", "30.49");
            b.save(dir.resolve("h29-rounding-between-tables-0.01.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t01AndT03(b, "101.00", "29.50");
            b.save(dir.resolve("h30-rounding-between-tables-1.00.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03BlankRows(b.sheet("支出决算表"));
            b.save(dir.resolve("h31-blank-rows-inside-body.xlsx"));
        }
    }

    /**
     * T10 printed as its blank form: header, {@code blankRows} bordered rows holding nothing (or only spaces), a
     * 合计 row without figures, the footer, and the note saying the table has no data.
     */
    private static void emptyT10(Book.Page p, int blankRows) {
        p.row(0, "政府性基金预算财政拨款收入支出决算表").merge("A1:J1")
                .row(1, "2023年度", null, null, null, null, null, null, null, null, "公开10表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元")
                .row(3, "项目", null, null, null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余")
                .merge("A4:D4").merge("G4:I4")
                .row(4, "科目编码", null, null, "科目名称", null, null, "小计", "基本支出", "项目支出").merge("A5:C5")
                .merge("D5:D6").merge("E4:E6").merge("F4:F6").merge("J4:J6").merge("G5:G6").merge("H5:H6").merge("I5:I6")
                .row(5, "类", "款", "项")
                .row(6, "栏次", null, null, null, "1", "2", "3", "4", "5", "6").merge("A7:D7");
        int r = 7;
        for (int i = 0; i < blankRows; i++, r++) {
            p.row(r, "", null, null, i % 3 == 0 ? " " : null, null, i % 4 == 1 ? "　" : null);
        }
        p.row(r, "合计").merge("A" + (r + 1) + ":D" + (r + 1))
                .row(r + 1, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。").merge("A" + (r + 2) + ":J" + (r + 2))
                .row(r + 2, T10_NOTE).merge("A" + (r + 3) + ":J" + (r + 3));
    }

    /** The T03 of 测试局 with its page break before 2010102: {@code line} (or nothing) and the header again. */
    private static void t03RunningOn(Book.Page p, String line) {
        HandmadeCorpus.t03UpTo2010101(p, 100.25);
        int r = 11;
        if (line != null) {
            p.row(r++, line);
        }
        HandmadeCorpus.t03Header(p, r);
        r += 4;
        p.row(r, "201", "01", "02", "一般行政管理事务", 30.25, null, 30.25)
                .row(r + 1, "注：本表反映部门本年度各项支出情况。");
    }

    /** The T03 of 测试局 with blank rows where the printer left them: after the 类, between the 项, before the note. */
    private static void t03BlankRows(Book.Page p) {
        p.row(0, "支出决算表").merge("A1:J1")
                .row(1, "2023年度", null, null, null, null, null, null, null, null, "公开03表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元");
        HandmadeCorpus.t03Header(p, 3);
        p.row(7, "合计", null, null, null, 130.5, 100.25, 30.25).merge("A8:D8")
                .row(8, "201", null, null, "一般公共服务支出", 130.5, 100.25, 30.25)
                .row(9, "")
                .row(10, "201", "01", null, "人大事务", 130.5, 100.25, 30.25)
                .row(11, "201", "01", "01", "行政运行", 100.25, 100.25, null);
        for (int r = 12; r < 21; r++) {
            p.row(r, null, null, null, " ");
        }
        p.row(21, "201", "01", "02", "一般行政管理事务", 30.25, null, 30.25)
                .row(22, "").row(23, "")
                .row(24, "注：本表反映部门本年度各项支出情况。");
    }

    /** The T06 of 测试局 with code and name in one cell under 项目: {@code 2010101行政运行} or {@code [2010101]行政运行}. */
    private static void t06OneLabel(Book.Page p, String open, String close) {
        p.row(0, "一般公共预算财政拨款支出决算表").merge("A1:D1")
                .row(1, "2023年度", null, null, "公开06表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, "金额单位：万元")
                .row(3, "项目", "本年支出").merge("A4:A5").merge("B4:D4")
                .row(4, null, "合计", "基本支出", "项目支出")
                .row(5, "合计", 80.5, 60.5, 20)
                .row(6, open + "201" + close + "一般公共服务支出", 80.5, 60.5, 20)
                .row(7, open + "20101" + close + "人大事务", 80.5, 60.5, 20)
                .row(8, open + "2010101" + close + "行政运行", 60.5, 60.5, 0)
                .row(9, open + "2010102" + close + "一般行政管理事务", 20, 0, 20);
    }

    /** The T06 of 测试局 with 上年决算数 before and 增减额, 增长率 after the current amounts: none of them facts. */
    private static void t06Comparison(Book.Page p) {
        p.row(0, "一般公共预算财政拨款支出决算表").merge("A1:H1")
                .row(1, "2023年度", null, null, null, null, null, null, "公开06表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, "金额单位：万元")
                .row(3, "科目编码", "科目名称", "上年决算数", "本年决算数", null, null, "增减额", "增长率")
                .merge("A4:A5").merge("B4:B5").merge("C4:C5").merge("D4:F4").merge("G4:G5").merge("H4:H5")
                .row(4, null, null, null, "合计", "基本支出", "项目支出")
                .row(5, "合计", null, 75, 80.5, 60.5, 20, 5.5, "7.33%").merge("A6:B6")
                .row(6, "201", "一般公共服务支出", 75, 80.5, 60.5, 20, 5.5, "7.33%")
                .row(7, "20101", "人大事务", 75, 80.5, 60.5, 20, 5.5, "7.33%")
                .row(8, "2010101", "行政运行", 58, 60.5, 60.5, 0, 2.5, "4.31%")
                .row(9, "2010102", "一般行政管理事务", 17, 20, 0, 20, 3, "17.65%");
    }

    /**
     * T03 with a 项目支出 冲减 printed as {@code (1,234.00)} and {@code －1,234.00}, a computed cell holding
     * 2899.9500000000003, and ASCII negatives in the sums: 20101 = 2899.95 + 1500.00 − 1234.00.
     */
    private static void t03Negatives(Book.Page p) {
        p.row(0, "支出决算表").merge("A1:J1")
                .row(1, "2023年度", null, null, null, null, null, null, null, null, "公开03表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元");
        HandmadeCorpus.t03Header(p, 3);
        p.row(7, "合计", null, null, null, 3165.95, 2899.95, 266).merge("A8:D8")
                .row(8, "201", null, null, "一般公共服务支出", 3165.95, 2899.95, "266.00")
                .row(9, "201", "01", null, "人大事务", "3,165.95", Math.nextUp(2899.95), 266)
                .row(10, "201", "01", "01", "行政运行", 2899.95, 2899.95, null)
                .row(11, "201", "01", "02", "一般行政管理事务", 1500, null, 1500)
                .row(12, "201", "01", "99", "其他人大事务支出", "－1,234.00", null, "(1,234.00)")
                .row(13, "注：本表反映部门本年度各项支出情况。");
    }

    /**
     * The T06 of 测试局 as computed and converted cells leave it: 123.4567 万元 from a {@code =元/10000} cell
     * (1,234,567.00 元), full-width digits {@code ３０.２５}, trailing spaces, binary noise.
     */
    private static void t06Spellings(Book.Page p) {
        p.row(0, "一般公共预算财政拨款支出决算表").merge("A1:G1")
                .row(1, "2023年度", null, null, null, null, null, "公开06表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, "金额单位：万元")
                .row(3, "项目", null, null, null, "本年支出").merge("A4:D4").merge("E4:G4")
                .row(4, "科目编码", null, null, "科目名称", "合计", "基本支出", "项目支出").merge("A5:C5").merge("D5:D6")
                .merge("E5:E6").merge("F5:F6").merge("G5:G6")
                .row(5, "类", "款", "项")
                .row(6, "合计", null, null, null, Math.nextUp(153.7067), 123.4567, "３０.２５").merge("A7:D7")
                .row(7, "201", null, null, "一般公共服务支出", 153.7067, Math.nextDown(123.4567), "30.25  ")
                .row(8, "201", "01", null, "人大事务", "153.7067 ", 123.4567, "３０．２５")
                .row(9, "201", "01", "01", "行政运行", 123.4567, "123.4567  ", null)
                .row(10, "201", "01", "02", "一般行政管理事务", "30.25　", null, 30.25);
    }

    /** T07 by 经济分类 rows: 合计 | 基本支出 | 项目支出 (docs/contract.md §3 keys {@code total}/{@code basic}/{@code project}). */
    private static void t07ByEconomicRows(Book.Page p) {
        p.row(0, "一般公共预算财政拨款支出决算明细表").merge("A1:E1")
                .row(1, "2023年度", null, null, null, "公开07表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, "金额单位：万元")
                .row(3, "经济分类科目编码", "经济分类科目名称", "本年支出").merge("A4:A5").merge("B4:B5").merge("C4:E4")
                .row(4, null, null, "合计", "基本支出", "项目支出")
                .row(5, "合计", null, 80.5, 60.5, 20).merge("A6:B6")
                .row(6, "301", "工资福利支出", 50, 50, 0)
                .row(7, "30101", "基本工资", 50, 50, 0)
                .row(8, "302", "商品和服务支出", 30.5, 10.5, 20)
                .row(9, "30201", "办公费", 10.5, 10.5, 0)
                .row(10, "30227", "委托业务费", 20, 0, 20);
    }

    /** T09 by 功能分类 rows: the 项目支出 of 2010102, one 决算数 column. */
    private static void t09ByFunctionalRows(Book.Page p) {
        p.row(0, "一般公共预算财政拨款项目支出决算表").merge("A1:E1")
                .row(1, "2023年度", null, null, null, "公开09表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, "金额单位：万元")
                .row(3, "科目编码", null, null, "科目名称", "决算数").merge("A4:C4").merge("D4:D5").merge("E4:E5")
                .row(4, "类", "款", "项")
                .row(5, "合计", null, null, null, 20).merge("A6:D6")
                .row(6, "201", null, null, "一般公共服务支出", 20)
                .row(7, "201", "01", null, "人大事务", 20)
                .row(8, "201", "01", "02", "一般行政管理事务", 20);
    }

    /**
     * T01 and T03 of one 万元 publication, each rounded on its own: T01 prints the classes 201 and 208 as given, T03
     * as 100.00 and 30.50 (the totals agree at 130.50).
     */
    private static void t01AndT03(Book b, String t01Class201, String t01Class208) {
        b.sheet("收入支出决算总表").row(0, "收入支出决算总表").merge("A1:D1")
                .row(1, "编制单位：测试局", null, null, "单位：万元")
                .row(2, "收入", null, "支出").merge("A3:B3").merge("C3:D3")
                .row(3, "项目", "决算数", "项目", "决算数")
                .row(4, "一般公共预算财政拨款收入", 130.5, "一般公共服务支出", Double.valueOf(t01Class201))
                .row(5, "上级补助收入", null, "社会保障和就业支出", Double.valueOf(t01Class208))
                .row(6, "本年收入合计", 130.5, "本年支出合计", 130.5)
                .row(7, "使用非财政拨款结余", 0, "结余分配", 0)
                .row(8, "年初结转和结余", 0, "年末结转和结余", 0)
                .row(9, "总计", 130.5, "总计", 130.5)
                .row(10, "注：本表反映部门本年度的总收支和年末结转结余情况。").merge("A11:D11");
        Book.Page p = b.sheet("支出决算表");
        p.row(0, "支出决算表").merge("A1:J1")
                .row(1, "2023年度", null, null, null, null, null, null, null, null, "公开03表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元");
        HandmadeCorpus.t03Header(p, 3);
        p.row(7, "合计", null, null, null, 130.5, 130.5, null).merge("A8:D8")
                .row(8, "201", null, null, "一般公共服务支出", 100, 100, null)
                .row(9, "201", "01", null, "人大事务", 100, 100, null)
                .row(10, "201", "01", "01", "行政运行", 100, 100, null)
                .row(11, "208", null, null, "社会保障和就业支出", 30.5, 30.5, null)
                .row(12, "208", "05", null, "行政事业单位养老支出", 30.5, 30.5, null)
                .row(13, "208", "05", "05", "机关事业单位基本养老保险缴费支出", 30.5, 30.5, null)
                .row(14, "注：本表反映部门本年度各项支出情况。").merge("A15:J15");
    }
}
