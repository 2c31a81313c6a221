package org.juesuan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.juesuan.disclosure.TextCheck.Kind;
import org.juesuan.disclosure.TextCheck.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real published 情况说明 of 米易县经济信息化和科学技术局 (2023), checked against its own tables as the samples
 * hold them (2023, and 2022 for the changes) in MariaDB. The published text contradicts its own arithmetic twice;
 * both must be found, with their sentences, and the figures that agree confirmed.
 */
class SeedTextCheckTest extends SamplesInMariaDb {

    static final Path SEED = Path.of("src/test/resources/disclosure/米易县经济信息化和科学技术局-2023-决算公开.txt");

    List<TextCheck> checks;
    TextCheckReport report;

    @BeforeAll
    void checkTheSeed() throws Exception {
        checks = check(SEED, MIYI, 2023);
        report = TextCheckReport.of(SEED.getFileName().toString(), year(MIYI, 2023), year(MIYI, 2022), checks);
    }

    @Test
    void personnelPlusPublicIsNotBasicExpenditureAsTheTextClaims() {
        assertThat(one(Verdict.DIFFERS, c -> c.kind() == Kind.SUM && c.subject().equals("一般公共预算财政拨款基本支出")))
                .satisfies(c -> {
                    assertThat(c.written()).isEqualTo("757.09万元");
                    assertThat(c.computed()).isEqualTo("782.09万元");
                    assertThat(c.basis()).contains("人员经费 727.07").contains("公用经费 55.02");
                    assertThat(c.section()).startsWith("六、一般公共预算财政拨款基本支出");
                    assertThat(c.text()).startsWith("2023年度一般公共预算财政拨款基本支出757.09万元，其中：人员经费727.07万元");
                });
    }

    @Test
    void theGrowthOf58Point78PercentIsWrongOnTheTextsOwnBaseAndOnTheTables() {
        Predicate<TextCheck> rate = c -> c.kind() == Kind.RATE && c.subject().equals("一般公共预算财政拨款支出");
        List<TextCheck> wrong = checks.stream().filter(rate.and(c -> c.verdict() == Verdict.DIFFERS)).toList();
        assertThat(wrong).extracting(TextCheck::written).containsOnly("58.78%");
        assertThat(wrong).extracting(TextCheck::computed).containsExactlyInAnyOrder("142.60%", "142.47%");
        assertThat(wrong.get(0).text()).contains("增加1704.58万元，增长58.78%");
        assertThat(one(Verdict.DIFFERS, c -> c.kind() == Kind.CHANGE && c.subject().equals("一般公共预算财政拨款支出")))
                .satisfies(c -> assertThat(c.computed()).isEqualTo("1703.97万元"));
    }

    @Test
    void figuresThatAgreeAreConfirmed() {
        assertThat(one(Verdict.AGREES, c -> c.kind() == Kind.AMOUNT && c.subject().equals("收支总计")).basis())
                .contains("T01 INC_GRAND_TOTAL");
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.AGREES && c.kind() == Kind.RATE)
                .extracting(TextCheck::written).contains("142.48%", "11.76%", "2.88%");
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.AGREES && c.kind() == Kind.SHARE)
                .extracting(TextCheck::written).contains("26.11%", "73.89%", "100%");
        assertThat(one(Verdict.AGREES, c -> c.kind() == Kind.SHARE && c.subject().equals("公务接待费")).basis())
                .isEqualTo("按文中数：1.52 ÷ 三公经费 1.52");
        assertThat(one(Verdict.AGREES, c -> c.subject().equals("行政运行（项）")).written()).isEqualTo("285.44万元");
        assertThat(one(Verdict.AGREES, c -> c.kind() == Kind.SUM && c.subject().equals("三公经费")).computed())
                .isEqualTo("1.52万元");
    }

    @Test
    void aWrongItemFigureAndAnItemNameTheTablesDoNotHaveAreReported() {
        assertThat(one(Verdict.DIFFERS, c -> c.subject().equals("行政单位离退休（项）")))
                .satisfies(c -> assertThat(c.written() + " " + c.computed()).isEqualTo("67.82万元 131.98万元"));
        assertThat(one(Verdict.UNCHECKED, c -> c.subject().equals("一般行政事务管理（项）")).basis())
                .contains("没有名为「一般行政事务管理」的项");
    }

    @Test
    void whatCouldNotBeCheckedIsListedNeverPassed() {
        assertThat(checks).filteredOn(c -> c.verdict() == Verdict.UNCHECKED)
                .extracting(TextCheck::written).contains("1366元", "1506.34万元");
        assertThat(report.text()).contains("【不一致】", "【一致】", "【未核对】");
        assertThat(report.hasDifferences()).isTrue();
    }

    private TextCheck one(Verdict verdict, Predicate<TextCheck> which) {
        List<TextCheck> found = checks.stream().filter(c -> c.verdict() == verdict).filter(which).toList();
        assertThat(found).as(verdict.label).hasSize(1);
        return found.get(0);
    }

    @Test
    void aCorrectTextChecksCleanAlsoAsDocx(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> text = List.of(
                "一、收入支出决算总体情况说明",
                "2023 年度收、支总计均为 2,899.95 万元。与 2022 年度相比，收、支总计各增加 1703.97 万元，增长 142.47%。",
                "三、支出决算情况说明",
                "2023 年度本年支出合计２８９９．９５万元，其中：基本支出 757.09 万元，占 26.11%；项目支出 2142.86 万元，占 73.89%。",
                "七、财政拨款“三公”经费支出决算情况说明",
                "2023 年度“三公”经费财政拨款支出决算为 1.52 万元，完成预算 100%，较上年度增加 0.16 万元，增长 11.76%。",
                "2023 年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0 万元，占 0%；"
                        + "公务用车购置及运行维护费支出决算 0 万元，占 0%；公务接待费支出决算 15200 元，占 100%。");
        Path docx = dir.resolve("情况说明.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(docx)) {
            text.forEach(line -> doc.createParagraph().createRun().setText(line));
            doc.write(out);
        }
        List<TextCheck> clean = check(docx, MIYI, 2023);
        assertThat(clean).filteredOn(c -> c.verdict() != Verdict.AGREES).isEmpty();
        assertThat(clean).extracting(TextCheck::written).contains("2,899.95万元", "2899.95万元", "15200元", "142.47%");
        assertThat(clean).filteredOn(c -> c.kind() == Kind.SUM).extracting(TextCheck::subject)
                .containsExactlyInAnyOrder("本年支出合计", "三公经费");
    }
}
