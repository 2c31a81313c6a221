package org.juesuan.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.model.Fact;
import org.juesuan.model.Messages;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;
import org.juesuan.model.TablePresence;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.StandaloneAudit;
import org.juesuan.submission.SubmissionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amounts keep every decimal through the reader, with no database: whole-元 sums in 万元 carry up to four decimals
 * (1,234,567 元 = 123.4567 万元, not the 123.46 shown); a table whose sums have 角/分 — six decimals in 万元, more
 * than a 万元 cell may carry — is written in 元.
 */
class SummaryWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void everyDecimalReadsBackAndATableWithFenIsWrittenInYuan() throws Exception {
        Map<TableCode, Map<String, SummedRow>> tables = new EnumMap<>(TableCode.class);
        tables.put(TableCode.T03, rows("1234567.00", "total", "basic"));
        tables.put(TableCode.T06, rows("12345.67", "total", "basic"));
        ConsolidatedAccounts accounts = new ConsolidatedAccounts(SummaryScope.all(2023, false),
                List.of(new DepartmentVersion("米易县甲局", 2, SubmissionStatus.LOADED, 0, null)), List.of(), tables);
        Path file = dir.resolve("汇总.xlsx");
        SummaryWorkbook.write(accounts, new ClassificationCatalog(), file);

        Submission read = new StandaloneAudit().analyzer().analyze(SubmissionSource.workbook(file),
                ImportOptions.DEFAULTS);
        assertThat(read.rejectReason()).isNull();
        assertThat(read.departmentName()).isEqualTo("汇总：全部单位");
        assertThat(read.fiscalYear()).isEqualTo(2023);
        Map<TableCode, String> units = new EnumMap<>(TableCode.class);
        read.tables().forEach(t -> units.put(t.table(), t.unit()));
        assertThat(units).hasSize(13).containsEntry(TableCode.T03, "万元").containsEntry(TableCode.T06, "元")
                .containsEntry(TableCode.T01, "万元");
        assertThat(read.tables()).extracting(TablePresence::table).containsExactly(TableCode.values());
        assertThat(read.findings()).noneMatch(f -> f.ruleId().startsWith("ROW-"));

        Map<String, BigDecimal> facts = new TreeMap<>();
        for (Fact f : read.facts()) {
            facts.put(f.table() + "|" + f.rowKey() + "|" + f.columnKey(), f.amountYuan().stripTrailingZeros());
        }
        Map<String, BigDecimal> expected = new TreeMap<>();
        tables.forEach((table, rows) -> rows.values().forEach(r -> r.yuan().forEach((column, yuan) ->
                expected.put(table + "|" + r.key() + "|" + column, yuan.stripTrailingZeros()))));
        assertThat(facts).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(facts.get("T03|TOTAL|total")).isEqualByComparingTo("1234567");
        assertThat(facts.get("T06|2010101|basic")).isEqualByComparingTo("12345.67");
    }

    @Test
    void theFormsArePrintedInChineseWhateverLanguageTheCommandSpeaks() throws Exception {
        Map<TableCode, Map<String, SummedRow>> tables = new EnumMap<>(TableCode.class);
        tables.put(TableCode.T03, rows("1234567.00", "total", "basic"));
        Path file = dir.resolve("summary.xlsx");
        Messages.useLanguage("en");
        try {
            SummaryWorkbook.write(new ConsolidatedAccounts(new SummaryScope(2023, List.of("米易县甲局"), null, false),
                    List.of(new DepartmentVersion("米易县甲局", 1, SubmissionStatus.LOADED, 0, null)), List.of(), tables),
                    new ClassificationCatalog(), file);
        } finally {
            Messages.useLanguage("zh");
        }
        Submission read = new StandaloneAudit().analyzer().analyze(SubmissionSource.workbook(file),
                ImportOptions.DEFAULTS);
        assertThat(read.departmentName()).isEqualTo("汇总：所选单位");
        assertThat(read.tables()).hasSize(13);
        assertThat(SummaryExportTest.sheet(file, "封面").get(0)).containsExactly("2023年度部门决算汇总");
    }

    /** A 合计 line and one 类/款/项 chain (201 一般公共服务支出 › 20101 › 2010101), every column the same amount. */
    private static Map<String, SummedRow> rows(String yuan, String... columns) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String column : columns) {
            amounts.put(column, new BigDecimal(yuan));
        }
        Map<String, SummedRow> rows = new LinkedHashMap<>();
        for (String key : List.of("201", "20101", "2010101", "TOTAL")) {
            rows.put(key, new SummedRow(key, null, amounts));
        }
        return rows;
    }
}
