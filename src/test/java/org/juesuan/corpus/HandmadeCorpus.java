package org.juesuan.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The hand-made edge cases of the corpus ({@code corpus/handmade/}): small workbooks written cell by cell (or as
 * raw XML), each for one thing the generator does not print — what other producers write, contradictory or broken
 * input, layouts we refuse. Their expected facts and refusal reasons are written by hand next to them.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.juesuan.corpus.HandmadeCorpus -Dexec.args=corpus/handmade}
 */
public final class HandmadeCorpus {

    static final String DEPARTMENT = "部门：测试局";

    private HandmadeCorpus() {
    }

    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "corpus/handmade"));
    }

    static void writeAll(Path dir) throws IOException {
        rawXml(dir.resolve("h01-raw-xml-namespaced-inline-strings.xlsx"), "x:", "<x:f>SUM(E8:E9)</x:f><x:v>80.5</x:v>",
                "<x:v>20</x:v>");
        rawXml(dir.resolve("h02-formula-without-cached-value.xlsx"), "", "<f>SUM(E8:E9)</f>", "<v>20</v>");
        rawXml(dir.resolve("h03-error-value-in-amount.xlsx"), "", "<v>80.5</v>", null);
        try (Book b = Book.xls()) {
            t03(b.sheet("支出决算表"), "见说明", null);
            b.save(dir.resolve("h04-text-in-amount-column.xls"));
        }
        try (Book b = Book.xlsx()) {
            t03(b.sheet("支出"), "100.25万元", null);
            b.save(dir.resolve("h05-amount-with-unit-suffix.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            Book.Page p = b.sheet("Sheet1");
            t03(p, 100.25, null);
            p.row(2, "", null, null, null, null, null, null, null, null, "金额单位：万元"); // 部门 line replaced
            b.save(dir.resolve("h06-no-department-anywhere.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            Book.Page p = b.sheet("Sheet1");
            t03(p, 100.25, null);
            p.row(2, DEPARTMENT, null, null, null, null, null, null, null, null, ""); // no 金额单位
            b.save(dir.resolve("h07-no-unit-anywhere.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03(b.sheet("支出决算表"), 100.25, null);
            Book.Page t06 = b.sheet("一般公共预算支出");
            t06(t06);
            t06.row(2, DEPARTMENT, null, null, null, null, null, ""); // T06 states no unit
            b.save(dir.resolve("h08-one-table-without-unit.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            b.sheet("封面").row(2, "测试局").row(4, "2023年度部门决算").row(8, "编制单位：测试局");
            Book.Page toc = b.sheet("目录").row(0, "目  录");
            String[] titles = {"收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "财政拨款支出决算明细表",
                    "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算明细表", "一般公共预算财政拨款基本支出决算表",
                    "一般公共预算财政拨款项目支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表",
                    "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表"};
            for (int i = 0; i < titles.length; i++) {
                toc.row(2 + i, String.format("公开%02d表", i + 1), titles[i]);
            }
            b.save(dir.resolve("h09-contents-sheet-only.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t01Shanghai(b.sheet("表1"));
            b.save(dir.resolve("h10-t01-shanghai-no-ordinals-no-lanci.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t04Shanghai(b.sheet("表4"));
            b.save(dir.resolve("h11-t04-shanghai-juesuanshu-headers.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t05ByFund(b.sheet("财政拨款支出决算明细表"));
            b.save(dir.resolve("h12-t05-economic-rows-by-fund.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            Book.Page p = b.sheet("Sheet1");
            t03(p, 100.25, null);
            p.row(8, null, null, null, null, null, null, null, null, null, null, 5); // K9: a figure under no header
            b.save(dir.resolve("h13-stray-figure-in-unheaded-column.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03(b.sheet("支出决算表"), 100.25, null);
            b.sheet("项目支出").row(0, "一般公共预算财政拨款项目支出决算表").merge("A1:B1").row(1, "2023年度")
                    .row(2, DEPARTMENT, "金额单位：万元").row(3, "项目名称", "决算数").row(4, "合计", 30.25)
                    .row(5, "办公楼维修改造", 20).row(6, "信息化运维", 10.25);
            b.save(dir.resolve("h14-t09-by-project-names.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03Continued(b.sheet("支出决算表"));
            b.save(dir.resolve("h15-table-continued-over-two-pages.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t03(b.sheet("支出决算表"), 100.25, null);
            t03(b.sheet("支出决算表(旧)"), 99.25, null);
            b.save(dir.resolve("h16-table-printed-twice.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            t13WithoutMerges(b.sheet("三公"));
            b.save(dir.resolve("h17-t13-header-without-merges.xlsx"));
        }
        try (Book b = Book.xlsx()) {
            b.sheet("收入决算表").row(0, "收入决算表").row(1, "2023年度").row(2, DEPARTMENT, null, null, "金额单位：万元")
                    .row(3, "项目", "本年收入合计", "财政拨款收入", "事业收入").row(4, "合计", 100, 100, 0)
                    .row(5, "2010101 行政运行", 100, 100, 0);
            b.save(dir.resolve("h18-code-and-name-in-one-cell.xlsx"));
        }
        try (Book b = Book.xls()) {
            t03(b.sheet("Sheet1 "), 100.25, null);
            b.sheet("Sheet2").row(0, "参数").row(1, "版本", 6.1);
            b.hide("Sheet2");
            b.save(dir.resolve("h19-hidden-sheet-trailing-space-name.xls"));
        }
        HandmadeHabitsCorpus.writeAll(dir);
    }

    /**
     * T03 of 测试局 (万元): 合计/201/20101 = 130.50 (基本 100.25, 项目 30.25); 2010101 行政运行 100.25 基本;
     * 2010102 一般行政管理事务 30.25 项目. {@code basic} is what F11 (2010101 基本支出) prints.
     */
    static void t03(Book.Page p, Object basic, Object ignored) {
        t03UpTo2010101(p, basic);
        p.row(11, "201", "01", "02", "一般行政管理事务", 30.25, null, 30.25)
                .row(12, "注：本表反映部门本年度各项支出情况。").merge("A13:J13");
    }

    static void t03UpTo2010101(Book.Page p, Object basic) {
        p.row(0, "支出决算表").merge("A1:J1")
                .row(1, "2023年度", null, null, null, null, null, null, null, null, "公开03表")
                .row(2, DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元").merge("A3:E3");
        t03Header(p, 3);
        p.row(7, "合计", null, null, null, 130.5, 100.25, 30.25).merge("A8:D8")
                .row(8, "201", null, null, "一般公共服务支出", 130.5, 100.25, 30.25)
                .row(9, "201", "01", null, "人大事务", 130.5, 100.25, 30.25)
                .row(10, "201", "01", "01", "行政运行", 100.25, basic, null);
    }

    static void t03Header(Book.Page p, int r) {
        int h = r + 1;
        p.row(r, "项目", null, null, null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
                .merge("A" + h + ":D" + h)
                .row(r + 1, "科目编码", null, null, "科目名称").merge("A" + (h + 1) + ":C" + (h + 1))
                .merge("D" + (h + 1) + ":D" + (h + 2))
                .row(r + 2, "类", "款", "项")
                .row(r + 3, "栏次", null, null, null, "1", "2", "3", "4", "5", "6").merge("A" + (h + 3) + ":D" + (h + 3));
        for (char c = 'E'; c <= 'J'; c++) {
            p.merge(c + "" + h + ":" + c + (h + 2));
        }
    }

    /** The same T03 printed over two pages: 2010102 comes after a (续) title, the furniture and the header again. */
    private static void t03Continued(Book.Page p) {
        t03UpTo2010101(p, 100.25);
        p.row(11, "支出决算表（续）").merge("A12:J12")
                .row(12, DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元").merge("A13:E13");
        t03Header(p, 13);
        p.row(17, "201", "01", "02", "一般行政管理事务", 30.25, null, 30.25)
                .row(18, "注：本表反映部门本年度各项支出情况。").merge("A19:J19");
    }

    /** T06 of 测试局: 合计/201/20101 80.50 (基本 60.50, 项目 20.00); 2010101 60.50 基本; 2010102 20.00 项目. */
    static void t06(Book.Page p) {
        p.row(0, "一般公共预算财政拨款支出决算表").merge("A1:G1")
                .row(1, "2023年度", null, null, null, null, null, "公开06表")
                .row(2, DEPARTMENT, null, null, null, null, null, "金额单位：万元")
                .row(3, "项目", null, null, null, "本年支出").merge("A4:D4").merge("E4:G4")
                .row(4, "科目编码", null, null, "科目名称", "合计", "基本支出", "项目支出").merge("A5:C5").merge("D5:D6")
                .merge("E5:E6").merge("F5:F6").merge("G5:G6")
                .row(5, "类", "款", "项")
                .row(6, "合计", null, null, null, 80.5, 60.5, 20).merge("A7:D7")
                .row(7, "201", null, null, "一般公共服务支出", 80.5, 60.5, 20)
                .row(8, "201", "01", null, "人大事务", 80.5, 60.5, 20)
                .row(9, "201", "01", "01", "行政运行", 60.5, 60.5, 0)
                .row(10, "201", "01", "02", "一般行政管理事务", 20, 0, 20);
    }

    /** T01 as Shanghai prints it: 决算数 headers, no 行次/栏次, class lines without ordinals, only non-zero classes. */
    private static void t01Shanghai(Book.Page p) {
        p.row(0, "测试局2023年度收入支出决算总表").merge("A1:D1")
                .row(1, "编制单位：测试局", null, null, "单位：万元")
                .row(2, "收入", null, "支出").merge("A3:B3").merge("C3:D3")
                .row(3, "项目", "决算数", "项目", "决算数")
                .row(4, "一般公共预算财政拨款收入", 110.5, "一般公共服务支出", 100)
                .row(5, "政府性基金预算财政拨款收入", 0, "社会保障和就业支出", 20.5)
                .row(6, "上级补助收入", null, null, null)
                .row(7, "本年收入合计", 110.5, "本年支出合计", 120.5)
                .row(8, "使用非财政拨款结余", 0, "结余分配", 0)
                .row(9, "年初结转和结余", 10, "年末结转和结余", 0)
                .row(10, "总计", 120.5, "总计", 120.5)
                .row(11, "注：本表反映部门本年度的总收支和年末结转结余情况。").merge("A12:D12");
    }

    /** T04 with the S4 header (收入决算数 | 支出决算数, no 行次/栏次) and 一、二、 ordinals on the breakdown lines. */
    private static void t04Shanghai(Book.Page p) {
        p.row(0, "财政拨款收入支出决算总表").merge("A1:G1")
                .row(1, "部门：测试局", null, null, null, "2023年度", null, "金额单位：万元")
                .row(2, "收入决算数", null, "支出决算数").merge("A3:B3").merge("C3:G3")
                .row(3, "项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
                .row(4, "一、一般公共预算财政拨款", 110.5, "一般公共服务支出", 100, 100, 0, 0)
                .row(5, "二、政府性基金预算财政拨款", 0, "社会保障和就业支出", 20.5, 20.5, 0, 0)
                .row(6, "三、国有资本经营预算财政拨款", 0)
                .row(7, "本年收入合计", 110.5, "本年支出合计", 120.5, 120.5, 0, 0)
                .row(8, "年初财政拨款结转和结余", 10, "年末财政拨款结转和结余", 0, 0, 0, 0)
                .row(9, "一、一般公共预算财政拨款", 10)
                .row(10, "二、政府性基金预算财政拨款", 0)
                .row(11, "总计", 120.5, "总计", 120.5, 120.5, 0, 0);
    }

    /** T05 by 经济分类 rows with the total split by fund (docs/tables.md §3.5 alternative). */
    private static void t05ByFund(Book.Page p) {
        p.row(0, "财政拨款支出决算明细表").merge("A1:F1")
                .row(1, "部门：测试局", null, "2023年度", null, null, "金额单位：万元")
                .row(2, "科目编码", "科目名称", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
                .row(3, "合计", null, 75.5, 70, 5.5, 0).merge("A4:B4")
                .row(4, "301", "工资福利支出", 50, 50, 0, 0)
                .row(5, "30101", "基本工资", 50, 50, 0, 0)
                .row(6, "302", "商品和服务支出", 25.5, 20, 5.5, 0)
                .row(7, "30201", "办公费", 25.5, 20, 5.5, 0);
    }

    /** T13 from a PDF conversion: header texts only in their first cell, no merged regions. */
    private static void t13WithoutMerges(Book.Page p) {
        p.row(0, "财政拨款“三公”经费支出决算表")
                .row(1, "2023年度")
                .row(2, DEPARTMENT, null, null, null, null, null, null, null, null, null, null, "金额单位：万元")
                .row(3, "预算数", null, null, null, null, null, "决算数")
                .row(4, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费",
                        "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费")
                .row(5, null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费")
                .row(6, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
                .row(7, 3, 0, 2, 0, 2, 1, 2.5, 0, 1.5, 0, 1.5, 1);
    }

    /**
     * The T06 of {@link #t06} as raw XML: {@code prefix} on every element (x: as some producers write), cells of
     * the 类/款/项 row without {@code r}, the title an inline string with a phonetic run, the 部门 line a
     * rich-text shared string. {@code totalE} is the inside of E7 (合计); {@code g11} the inside of G11, or an
     * error value when null.
     */
    private static void rawXml(Path file, String prefix, String totalE, String g11) throws IOException {
        String x = prefix;
        String ns = x.isEmpty() ? "xmlns=\"" + RawXlsx.MAIN + "\"" : "xmlns:x=\"" + RawXlsx.MAIN + "\"";
        String sheet = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <%1$sworksheet %2$s><%1$ssheetData>
                <%1$srow r="1"><%1$sc r="A1" t="inlineStr"><%1$sis><%1$st>一般公共预算财政拨款支出决算表</%1$st><%1$srPh sb="0" eb="2"><%1$st>イッパン</%1$st></%1$srPh></%1$sis></%1$sc></%1$srow>
                <%1$srow r="2"><%1$sc r="C2" t="inlineStr"><%1$sis><%1$st>2023年度</%1$st></%1$sis></%1$sc><%1$sc r="G2" t="inlineStr"><%1$sis><%1$st>公开06表</%1$st></%1$sis></%1$sc></%1$srow>
                <%1$srow r="3"><%1$sc r="A3" t="s"><%1$sv>0</%1$sv></%1$sc><%1$sc r="G3" t="s"><%1$sv>1</%1$sv></%1$sc></%1$srow>
                <%1$srow r="4"><%1$sc r="A4" t="s"><%1$sv>2</%1$sv></%1$sc><%1$sc r="E4" t="s"><%1$sv>3</%1$sv></%1$sc></%1$srow>
                <%1$srow r="5"><%1$sc r="A5" t="s"><%1$sv>4</%1$sv></%1$sc><%1$sc r="D5" t="s"><%1$sv>5</%1$sv></%1$sc><%1$sc r="E5" t="s"><%1$sv>6</%1$sv></%1$sc><%1$sc r="F5" t="s"><%1$sv>7</%1$sv></%1$sc><%1$sc r="G5" t="s"><%1$sv>8</%1$sv></%1$sc></%1$srow>
                <%1$srow><%1$sc t="s"><%1$sv>9</%1$sv></%1$sc><%1$sc t="s"><%1$sv>10</%1$sv></%1$sc><%1$sc t="s"><%1$sv>11</%1$sv></%1$sc></%1$srow>
                <%1$srow r="7"><%1$sc r="A7" t="s"><%1$sv>12</%1$sv></%1$sc><%1$sc r="E7">%3$s</%1$sc><%1$sc r="F7"><%1$sv>60.5</%1$sv></%1$sc><%1$sc r="G7"><%1$sv>20</%1$sv></%1$sc></%1$srow>
                <%1$srow r="8"><%1$sc r="A8"><%1$sv>201</%1$sv></%1$sc><%1$sc r="D8" t="s"><%1$sv>13</%1$sv></%1$sc><%1$sc r="E8"><%1$sv>80.5</%1$sv></%1$sc><%1$sc r="F8"><%1$sv>60.5</%1$sv></%1$sc><%1$sc r="G8"><%1$sv>20</%1$sv></%1$sc></%1$srow>
                <%1$srow r="9"><%1$sc r="A9"><%1$sv>201</%1$sv></%1$sc><%1$sc r="B9"><%1$sv>1</%1$sv></%1$sc><%1$sc r="D9" t="s"><%1$sv>14</%1$sv></%1$sc><%1$sc r="E9"><%1$sv>80.5</%1$sv></%1$sc><%1$sc r="F9"><%1$sv>60.5</%1$sv></%1$sc><%1$sc r="G9"><%1$sv>20</%1$sv></%1$sc></%1$srow>
                <%1$srow r="10"><%1$sc r="A10"><%1$sv>201</%1$sv></%1$sc><%1$sc r="B10"><%1$sv>1</%1$sv></%1$sc><%1$sc r="C10"><%1$sv>1</%1$sv></%1$sc><%1$sc r="D10" t="s"><%1$sv>15</%1$sv></%1$sc><%1$sc r="E10"><%1$sv>60.5</%1$sv></%1$sc><%1$sc r="F10"><%1$sv>60.50000000000001</%1$sv></%1$sc></%1$srow>
                <%1$srow r="11" hidden="1"><%1$sc r="A11"><%1$sv>201</%1$sv></%1$sc><%1$sc r="B11"><%1$sv>1</%1$sv></%1$sc><%1$sc r="C11"><%1$sv>2</%1$sv></%1$sc><%1$sc r="D11" t="s"><%1$sv>16</%1$sv></%1$sc><%1$sc r="E11" t="str"><%1$sf>G11</%1$sf><%1$sv>20</%1$sv></%1$sc><%1$sc r="G11"%4$s</%1$sc></%1$srow>
                </%1$ssheetData><%1$smergeCells count="9"><%1$smergeCell ref="A1:G1"/><%1$smergeCell ref="A4:D4"/><%1$smergeCell ref="E4:G4"/><%1$smergeCell ref="A5:C5"/><%1$smergeCell ref="D5:D6"/><%1$smergeCell ref="E5:E6"/><%1$smergeCell ref="F5:F6"/><%1$smergeCell ref="G5:G6"/><%1$smergeCell ref="A7:D7"/></%1$smergeCells></%1$sworksheet>
                """.formatted(x, ns, totalE, g11 == null ? " t=\"e\"><" + x + "v>#REF!</" + x + "v>" : ">" + g11);
        String[] strings = {"<%1$sr><%1$st>部门：</%1$st></%1$sr><%1$sr><%1$srPr><%1$sb/></%1$srPr><%1$st>测试局</%1$st></%1$sr>",
                "<%1$st>金额单位：万元</%1$st>", "<%1$st>项目</%1$st>", "<%1$st>本年支出</%1$st>", "<%1$st>科目编码</%1$st>",
                "<%1$st>科目名称</%1$st>", "<%1$st>合计</%1$st>", "<%1$st>基本支出</%1$st>", "<%1$st>项目支出</%1$st>",
                "<%1$st>类</%1$st>", "<%1$st>款</%1$st>", "<%1$st>项</%1$st>", "<%1$st>合  计</%1$st>",
                "<%1$st>一般公共服务支出</%1$st>", "<%1$st xml:space=\"preserve\">　人大事务</%1$st>",
                "<%1$st xml:space=\"preserve\">　　行政运行</%1$st>", "<%1$st>一般行政管理事务</%1$st>"};
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + x
                + "sst " + ns + " count=\"" + strings.length + "\" uniqueCount=\"" + strings.length + "\">");
        for (String s : strings) {
            sst.append("<").append(x).append("si>").append(s.formatted(x)).append("</").append(x).append("si>");
        }
        sst.append("</").append(x).append("sst>");
        RawXlsx.write(file, "支出表", sheet, sst.toString());
    }
}
