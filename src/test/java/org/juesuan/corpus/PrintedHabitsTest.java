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

    static List<String> ruleIds(Submission s) {
        return s.findings().stream().map(Finding::ruleId).toList();
    }
}
