package org.juesuan.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.juesuan.model.Finding;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TablePresence;
import org.juesuan.support.ExpectedFacts;
import org.juesuan.support.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Habits of real published 决算 tables (issue 12), each in a small workbook written here: the reader must take
 * them as printed, with exact facts.
 */
class PrintedHabitsTest {

    @TempDir
    Path dir;

    /**
     * T10 printed as its empty template: header, {@code blankRows} blank body rows, a 合计 line without figures, and
     * the note saying the table has no data.
     */
    static void emptyT10(Book.Page p, int blankRows, String note) {
        p.row(0, "政府性基金预算财政拨款收入支出决算表").merge("A1:J1")
                .row(1, "2024年度", null, null, null, null, null, null, null, null, "公开10表")
                .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, "金额单位：万元")
                .row(3, "项目", null, null, null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余")
                .merge("A4:D4").merge("G4:I4")
                .row(4, "科目编码", null, null, "科目名称", null, null, "小计", "基本支出", "项目支出").merge("A5:C5")
                .merge("D5:D6").merge("E4:E6").merge("F4:F6").merge("J4:J6").merge("G5:G6").merge("H5:H6").merge("I5:I6")
                .row(5, "类", "款", "项");
        int r = 6;
        for (int i = 0; i < blankRows; i++, r++) {
            p.row(r, "", null, null, " ", null, "　"); // bordered cells that hold nothing (or only spaces)
        }
        p.row(r, "合计").merge("A" + (r + 1) + ":D" + (r + 1));
        if (note != null) {
            p.row(r + 1, note).merge("A" + (r + 2) + ":J" + (r + 2));
        }
    }

    private Submission withEmptyT10(int blankRows, String note) throws IOException {
        Path file = dir.resolve("empty-t10-" + blankRows + ".xlsx");
        try (Book b = Book.xlsx()) {
            HandmadeCorpus.t03(b.sheet("支出决算表"), 100.25, null);
            emptyT10(b.sheet("政府性基金"), blankRows, note);
            b.save(file);
        }
        return Importer.analyze(file);
    }

    @ParameterizedTest(name = "{0} blank body rows")
    @ValueSource(ints = {0, 8, 9, 12, 40})
    void anEmptyTablePrintedAsItsTemplateIsPresentEmptyAndItsNoteSatisfiesTheEmptyNoteRule(int blankRows)
            throws IOException {
        String note = "注：本单位无政府性基金预算财政拨款支出，故本表无数据。";
        Submission s = withEmptyT10(blankRows, note);

        assertThat(s.status()).as(s.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
        TablePresence t10 = s.tables().stream().filter(t -> t.table().name().equals("T10")).findFirst().orElseThrow();
        assertThat(t10.note()).isEqualTo(note);
        assertThat(s.facts()).noneMatch(f -> f.table().name().equals("T10") && f.amountYuan().signum() != 0);
        assertThat(s.findings()).extracting(Finding::ruleId).doesNotContain("X14-EMPTY-NOTE");
        // the T03 beside it is read in full
        assertThat(ExpectedFacts.factsOf(s)).contains(ExpectedFacts.key("T03", "2010101", "basic",
                new BigDecimal("1002500")));
    }

    @ParameterizedTest(name = "{0} blank body rows")
    @ValueSource(ints = {8, 12})
    void anEmptyTableWithoutItsNoteIsStillPresentButTheEmptyNoteRuleFlagsIt(int blankRows) throws IOException {
        Submission s = withEmptyT10(blankRows, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");

        assertThat(s.status()).as(s.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        assertThat(s.tables()).extracting(t -> t.table().name()).contains("T10");
        Set<String> rules = new TreeSet<>(s.findings().stream().map(Finding::ruleId).toList());
        assertThat(rules).contains("X14-EMPTY-NOTE");
    }

    @Test
    void anEmptyProjectTableInGroupsWithBlankRowsAndANoteIsPresentAndEmpty() throws IOException {
        String note = "注：本单位2024年度无一般公共预算财政拨款项目支出，故本表为空表。";
        Submission s = load("empty-t09", p -> {
            p.row(0, "一般公共预算财政拨款项目支出决算表").row(1, "2024年度")
                    .row(2, HandmadeCorpus.DEPARTMENT, null, null, null, null, "金额单位：万元")
                    .row(3, "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数");
            for (int r = 4; r < 14; r++) {
                p.row(r, " ", null, null, "　");
            }
            p.row(14, "合计", null, null, null, null, null).merge("A15:E15")
                    .row(15, note).merge("A16:F16");
        });
        assertThat(s.status()).as(s.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
        TablePresence t09 = s.tables().stream().filter(t -> t.table().name().equals("T09")).findFirst().orElseThrow();
        assertThat(t09.note()).isEqualTo(note);
        assertThat(facts(s, "T09")).isEmpty();
        assertThat(ruleIds(s)).doesNotContain("X14-EMPTY-NOTE");
        assertThat(stumbles(s)).isEmpty();
    }

    /** Where the second printed page starts: nothing, a （续表） line, or the title again with （续）. */
    @ParameterizedTest(name = "page break marked by [{0}]")
    @ValueSource(strings = {"", "（续表）", "一般公共预算财政拨款支出决算表（续）", "续表"})
    void aTableContinuedLikeAPrintedPageIsReadAsOneTable(String mark) throws IOException {
        Submission s = load("continued", p -> {
            t06Top(p, "一般公共预算财政拨款支出决算表", 0);
            p.row(4, "合计", null, null, null, 80.5, 60.5, 20).merge("A5:D5")
                    .row(5, "201", null, null, "一般公共服务支出", 80.5, 60.5, 20)
                    .row(6, "201", "01", null, "人大事务", 80.5, 60.5, 20);
            int r = 7;
            if (!mark.isEmpty()) {
                p.row(r++, mark);
            }
            t06Header(p, r); // the column-header block again, as the printer repeats it
            p.row(r + 2, "201", "01", "01", "行政运行", 60.5, 60.5, 0)
                    .row(r + 3, "201", "01", "02", "一般行政管理事务", 20, 0, 20);
        });
        assertThat(s.status()).as(s.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(facts(s, "T06")).isEqualTo(T06_FACTS);
        assertThat(stumbles(s)).isEmpty();
    }

    @Test
    void codeAndNameInOneCellAreReadInEveryWayTheyArePrinted() throws IOException {
        Submission s = load("code-in-name", p -> {
            p.row(0, "一般公共预算财政拨款支出决算表").row(1, HandmadeCorpus.DEPARTMENT, null, null, "金额单位：万元")
                    .row(2, "项目", "本年支出").merge("A3:A4").merge("B3:D3")
                    .row(3, null, "合计", "基本支出", "项目支出")
                    .row(4, "合计", 80.5, 60.5, 20)
                    .row(5, "201 一般公共服务支出", 80.5, 60.5, 20)
                    .row(6, "20101人大事务", 80.5, 60.5, 20)
                    .row(7, "[2010101]行政运行", 60.5, 60.5, 0)
                    .row(8, "【2010102】 一般行政管理事务", 20, 0, 20);
        });
        assertThat(s.status()).as(s.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(facts(s, "T06")).isEqualTo(T06_FACTS);
        assertThat(s.facts()).filteredOn(f -> f.rowKey().equals("2010101")).extracting(f -> f.rowName())
                .containsOnly("行政运行");
        assertThat(stumbles(s)).isEmpty();
    }

    @Test
    void lastYearAndChangeColumnsAreNeverLoadedAndAreNamedOnceAsInfo() throws IOException {
        Submission s = load("last-year", p -> {
            p.row(0, "一般公共预算财政拨款支出决算表").merge("A1:L1")
                    .row(1, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, null, null,
                            "金额单位：万元")
                    .row(2, "科目编码", null, null, "科目名称", "上年决算数", null, null, "本年决算数", null, null,
                            "增减额", "增长率（%）")
                    .merge("A3:C3").merge("D3:D4").merge("E3:G3").merge("H3:J3").merge("K3:K4").merge("L3:L4")
                    .row(3, "类", "款", "项", null, "合计", "基本支出", "项目支出", "合计", "基本支出", "项目支出")
                    .row(4, "合计", null, null, null, 70, 50, 20, 80.5, 60.5, 20, 10.5, 15)
                    .row(5, "201", null, null, "一般公共服务支出", 70, 50, 20, 80.5, 60.5, 20, 10.5, 15)
                    .row(6, "201", "01", null, "人大事务", 70, 50, 20, 80.5, 60.5, 20, 10.5, 15)
                    .row(7, "201", "01", "01", "行政运行", 50, 50, 0, 60.5, 60.5, 0, 10.5, 21)
                    .row(8, "201", "01", "02", "一般行政管理事务", 20, 0, 20, 20, 0, 20, 0, 0);
        });
        assertThat(s.status()).as(s.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(facts(s, "T06")).isEqualTo(T06_FACTS);
        List<Finding> info = s.findings().stream().filter(f -> f.ruleId().equals("READ-NOT-FACT-COLUMNS")).toList();
        assertThat(info).hasSize(1);
        assertThat(info.get(0).severity()).isEqualTo(org.juesuan.model.Severity.INFO);
        assertThat(info.get(0).message()).contains("E=上年决算数/合计", "F=上年决算数/基本支出", "G=上年决算数/项目支出",
                "K=增减额", "L=增长率（%）").doesNotContain("H=");
        assertThat(stumbles(s)).containsExactly("T06|READ-NOT-FACT-COLUMNS|A1");
    }

    @Test
    void amountsAreReadAsRealFilesSpellThem() throws IOException {
        Submission s = load("spellings", p -> {
            t06Top(p, "一般公共预算财政拨款支出决算表", 0);
            p.row(4, "合计", null, null, null, "(1,234.00)", "－12.50", "１２３.４５").merge("A5:D5")
                    .row(5, "201", null, null, "一般公共服务支出", "1,234.00  ", 2899.9500000000003, 123.4567)
                    .row(6, "201", "01", null, "人大事务", "（7.25）", "−0.5", " ８０.５ ");
        });
        assertThat(s.status()).as(s.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        assertThat(facts(s, "T06")).containsExactlyInAnyOrder(
                "TOTAL|total|-12340000.00", "TOTAL|basic|-125000.00", "TOTAL|project|1234500.00",
                "201|total|12340000.00", "201|basic|28999500.00", "201|project|1234567.00",
                "20101|total|-72500.00", "20101|basic|-5000.00", "20101|project|805000.00");
        assertThat(ruleIds(s)).doesNotContain("ROW-PRINTED", "ROW-YUAN");
        assertThat(stumbles(s)).isEmpty();
    }

    @Test
    void t07ByEconomicRowsIsReadWithTheContractKeys() throws IOException {
        Submission s = load("t07-economic", p -> p.row(0, "一般公共预算财政拨款支出决算明细表")
                .row(1, HandmadeCorpus.DEPARTMENT, null, null, null, "金额单位：万元")
                .row(2, "科目编码", "科目名称", "合计", "基本支出", "项目支出")
                .row(3, "合计", null, 75.5, 50, 25.5).merge("A4:B4")
                .row(4, "301", "工资福利支出", 50, 50, 0)
                .row(5, "30101", "基本工资", 50, 50, 0)
                .row(6, "302", "商品和服务支出", 25.5, 0, 25.5)
                .row(7, "30201", "办公费", 25.5, 0, 25.5));
        assertThat(s.status()).as(s.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        assertThat(facts(s, "T07")).containsExactlyInAnyOrder(
                "TOTAL|total|755000.00", "TOTAL|basic|500000.00", "TOTAL|project|255000.00",
                "301|total|500000.00", "301|basic|500000.00", "30101|total|500000.00", "30101|basic|500000.00",
                "302|total|255000.00", "302|project|255000.00", "30201|total|255000.00", "30201|project|255000.00");
        assertThat(stumbles(s)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"决算数", "合计|基本支出|项目支出"})
    void t09ByFunctionalRowsIsReadWithTheContractKeys(String amountHeaders) throws IOException {
        boolean split = amountHeaders.contains("|");
        Submission s = load("t09-functional", p -> {
            p.row(0, "一般公共预算财政拨款项目支出决算表").row(1, HandmadeCorpus.DEPARTMENT, null, null, null, "金额单位：万元");
            if (split) {
                p.row(2, "科目编码", "科目名称", "合计", "基本支出", "项目支出")
                        .row(3, "合计", null, 30.25, 0, 30.25).merge("A4:B4")
                        .row(4, "201", "一般公共服务支出", 30.25, 0, 30.25)
                        .row(5, "2010102", "一般行政管理事务", 30.25, 0, 30.25);
            } else {
                p.row(2, "科目编码", "科目名称", "决算数")
                        .row(3, "合计", null, 30.25).merge("A4:B4")
                        .row(4, "201", "一般公共服务支出", 30.25)
                        .row(5, "2010102", "一般行政管理事务", 30.25);
            }
        });
        assertThat(s.status()).as(s.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        List<String> columns = split ? List.of("total", "project") : List.of("amount");
        Set<String> expected = new TreeSet<>();
        for (String row : List.of("TOTAL", "201", "2010102")) {
            columns.forEach(c -> expected.add(row + "|" + c + "|302500.00"));
        }
        assertThat(facts(s, "T09")).isEqualTo(expected);
        assertThat(stumbles(s)).isEmpty();
    }

    @Test
    void aUnitOtherThanTheTablesStillRefusesTheCellWhileTheTablesOwnUnitIsRead() throws IOException {
        Submission same = load("unit-same", p -> HandmadeCorpus.t03(p, "100.25 万元", null));
        assertThat(same.status()).as(same.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        assertThat(facts(same, "T03")).contains("2010101|basic|1002500.00");

        Submission other = load("unit-other", p -> HandmadeCorpus.t03(p, "100.25元", null));
        assertThat(other.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(other.rejectReason()).contains("› F11：", "应为金额，实为「100.25元」");
    }

    @Test
    void nineTableSetTitlesAreFoundAndTheirFundWordsAreNeverTakenForTheDepartment() throws IOException {
        Submission s = load("nine-table-titles", p -> {
            p.row(0, "一般公共预算财政拨款基本支出决算明细表").row(1, HandmadeCorpus.DEPARTMENT, null, null, null, null, "金额单位：万元")
                    .row(2, "人员经费", null, null, "公用经费").merge("A3:C3").merge("D3:F3")
                    .row(3, "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数")
                    .row(4, "301", "工资福利支出", 50, "302", "商品和服务支出", 10.5)
                    .row(5, "30101", "基本工资", 50, "30201", "办公费", 10.5)
                    .row(6, "人员经费合计", null, 50, "公用经费合计", null, 10.5).merge("A7:B7").merge("D7:E7")
                    .row(8, "一般公共预算财政拨款“三公”经费支出决算表")
                    .row(9, null, null, null, null, null, "金额单位：万元")
                    .row(10, "预算数", null, null, null, null, null, "决算数").merge("A11:F11").merge("G11:L11")
                    .row(11, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费",
                            "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费")
                    .merge("C12:E12").merge("I12:K12")
                    .row(12, null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计",
                            "公务用车购置费", "公务用车运行费")
                    .row(13, 3, 0, 2, 0, 2, 1, 2.5, 0, 1.5, 0, 1.5, 1);
        });
        assertThat(s.status()).as(s.rejectReason()).isNotEqualTo(SubmissionStatus.REJECTED);
        assertThat(s.departmentName()).isEqualTo("测试局");
        assertThat(facts(s, "T08")).containsExactlyInAnyOrder("301|amount|500000.00", "30101|amount|500000.00",
                "302|amount|105000.00", "30201|amount|105000.00", "PERSONNEL_TOTAL|amount|500000.00",
                "PUBLIC_TOTAL|amount|105000.00");
        assertThat(facts(s, "T13")).contains("TOTAL|final.total|25000.00", "TOTAL|budget.vehicle_operation|20000.00");
    }

    @Test
    void aThreePublicTableWithMeetingAndTrainingColumnsIsT13AndKeepsEveryFigure() throws IOException {
        // Shaanxi's 9-table set (柞水县审计局 2020): "…“三公”经费及会议费、培训费支出决算表". Its title ends in
        // 支出决算表, so it was taken for T03 of a department called “三公经费及会议费、培训费” and refused.
        for (String title : List.of("一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表", "“三公”经费、会议费、培训费支出决算表")) {
            Submission s = load("three-public-meeting-training-" + title.length(), p -> p.row(0, title)
                    .row(1, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, "金额单位：万元")
                    .row(2, "预算数", null, null, null, null, null, null, null, "决算数").merge("A3:H3").merge("I3:P3")
                    .row(3, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "会议费", "培训费",
                            "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "会议费", "培训费")
                    .merge("C4:E4").merge("K4:M4")
                    .row(4, null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, null, null, "小计",
                            "公务用车购置费", "公务用车运行费")
                    .row(5, 3, 0, 2, 0, 2, 1, 1.2, 0.8, 2.5, 0, 1.5, 0, 1.5, 1, 0.6, 0.4));
            assertThat(s.status()).as(title + ": " + s.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
            assertThat(s.departmentName()).isEqualTo("测试局");
            assertThat(s.tables()).extracting(t -> t.table().name()).containsExactly("T13");
            assertThat(facts(s, "T13")).containsExactlyInAnyOrder("TOTAL|budget.total|30000.00",
                    "TOTAL|budget.vehicle|20000.00", "TOTAL|budget.vehicle_operation|20000.00",
                    "TOTAL|budget.reception|10000.00", "TOTAL|budget.meeting|12000.00", "TOTAL|budget.training|8000.00",
                    "TOTAL|final.total|25000.00", "TOTAL|final.vehicle|15000.00", "TOTAL|final.vehicle_operation|15000.00",
                    "TOTAL|final.reception|10000.00", "TOTAL|final.meeting|6000.00", "TOTAL|final.training|4000.00");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Submission load(String name, java.util.function.Consumer<Book.Page> sheet) throws IOException {
        Path file = dir.resolve(name + "-2024.xlsx");
        try (Book b = Book.xlsx()) {
            sheet.accept(b.sheet("Sheet1"));
            b.save(file);
        }
        return Importer.analyze(file);
    }

    /** The non-zero facts of one table as {@code row|column|元}. */
    private static Set<String> facts(Submission s, String table) {
        Set<String> out = new TreeSet<>();
        for (var f : s.facts()) {
            if (f.table().name().equals(table) && f.amountYuan().signum() != 0) {
                out.add(f.rowKey() + "|" + f.columnKey() + "|" + f.amountYuan().setScale(2).toPlainString());
            }
        }
        return out;
    }

    /** T06 furniture and a 科目编码 (类|款|项) | 科目名称 | 合计 | 基本支出 | 项目支出 header from row {@code r}. */
    private static void t06Top(Book.Page p, String title, int r) {
        p.row(r, title).merge("A" + (r + 1) + ":G" + (r + 1))
                .row(r + 1, HandmadeCorpus.DEPARTMENT, null, null, null, null, null, "金额单位：万元");
        t06Header(p, r + 2);
    }

    private static void t06Header(Book.Page p, int r) {
        int h = r + 1;
        p.row(r, "科目编码", null, null, "科目名称", "本年支出").merge("A" + h + ":C" + h).merge("D" + h + ":D" + (h + 1))
                .merge("E" + h + ":G" + h)
                .row(r + 1, "类", "款", "项", null, "合计", "基本支出", "项目支出");
    }

    private static final Set<String> T06_FACTS = Set.of(
            "TOTAL|total|805000.00", "TOTAL|basic|605000.00", "TOTAL|project|200000.00",
            "201|total|805000.00", "201|basic|605000.00", "201|project|200000.00",
            "20101|total|805000.00", "20101|basic|605000.00", "20101|project|200000.00",
            "2010101|total|605000.00", "2010101|basic|605000.00",
            "2010102|total|200000.00", "2010102|project|200000.00");

    /** Stumbles (READ-/MAP- findings) of a submission, as {@code T06|RULE|cell}. */
    private static Set<String> stumbles(Submission s) {
        return ExpectedFacts.stumblesOf(s);
    }

    static List<String> ruleIds(Submission s) {
        return s.findings().stream().map(Finding::ruleId).toList();
    }
}
