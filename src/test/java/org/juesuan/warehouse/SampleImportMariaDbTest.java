package org.juesuan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.submission.ImportOptions;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Imports the committed samples into a fresh MariaDB database through mysql-connector-j and
 * checks figures of every table against the published numbers (万元 × 10000 = 元).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleImportMariaDbTest {

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    ImportOutcome outcome;

    @BeforeAll
    void importSamples() throws Exception {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
        outcome = launcher.run(List.of(Samples.DIR), ImportOptions.DEFAULTS);
    }

    BigDecimal fact(String department, String table, String row, String column) {
        List<BigDecimal> values = jdbc.queryForList("SELECT amount_yuan FROM v_fact WHERE department_name = ? "
                + "AND fiscal_year = 2023 AND table_code = ? AND row_key = ? AND column_key = ?", BigDecimal.class,
                department, table, row, column);
        assertThat(values).as("%s %s[%s].%s", department, table, row, column).hasSizeLessThanOrEqualTo(1);
        return values.isEmpty() ? BigDecimal.ZERO : values.get(0);
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void everySampleLoadsAndOnlyMiyi2023CarriesErrors() {
        assertThat(outcome.failure()).isNull();
        Map<String, Object> miyi = jdbc.queryForMap("SELECT status, table_count FROM submission WHERE department_name = ? "
                + "AND fiscal_year = 2023 AND job_execution_id = ?", Samples.MIYI, outcome.jobExecutionId());
        assertThat(miyi).containsEntry("status", "LOADED_WITH_ERRORS").containsEntry("table_count", 13);
        for (String[] clean : new String[][] {{Samples.EDUCATION, "2023"}, {Samples.AGRICULTURE, "2023"},
                {Samples.MIYI, "2022"}, {Samples.AGRICULTURE, "2022"}}) {
            Map<String, Object> row = jdbc.queryForMap("SELECT status, table_count, error_count FROM submission "
                    + "WHERE department_name = ? AND fiscal_year = ? AND job_execution_id = ?", clean[0],
                    Integer.valueOf(clean[1]), outcome.jobExecutionId());
            assertThat(row).as(String.join(" ", clean)).containsEntry("table_count", 13).containsEntry("error_count", 0)
                    .containsEntry("status", "LOADED");
        }
        assertThat(outcome.count(SubmissionStatus.LOADED)).isEqualTo(4);
        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void miyiFiguresOfEveryTableAreStoredInYuan() {
        String m = Samples.MIYI;
        assertThat(fact(m, "T01", "INC_GPB", "amount")).isEqualByComparingTo(yuan("18739500.00"));
        assertThat(fact(m, "T01", "BEGIN_BALANCE", "amount")).isEqualByComparingTo(yuan("10260000.00"));
        assertThat(fact(m, "T01", "EXP_GRAND_TOTAL", "amount")).isEqualByComparingTo(yuan("28999500.00"));
        assertThat(fact(m, "T02", "TOTAL", "total")).isEqualByComparingTo(yuan("18739500.00"));
        assertThat(fact(m, "T02", "TOTAL", "fiscal")).isEqualByComparingTo(yuan("18739500.00"));
        assertThat(fact(m, "T03", "TOTAL", "total")).isEqualByComparingTo(yuan("28999500.00"));
        assertThat(fact(m, "T03", "TOTAL", "basic")).isEqualByComparingTo(yuan("7570900.00"));
        assertThat(fact(m, "T03", "TOTAL", "project")).isEqualByComparingTo(yuan("21428600.00"));
        assertThat(fact(m, "T03", "2060101", "total")).isEqualByComparingTo(yuan("2854400.00"));
        assertThat(fact(m, "T03", "2159999", "total")).isEqualByComparingTo(yuan("10260000.00"));
        assertThat(fact(m, "T04", "INC_GPB", "amount")).isEqualByComparingTo(yuan("18739500.00"));
        assertThat(fact(m, "T04", "EXP_TOTAL", "gpb")).isEqualByComparingTo(yuan("28999500.00"));
        assertThat(fact(m, "T05", "TOTAL", "basic.personnel")).isEqualByComparingTo(yuan("7270700.00"));
        assertThat(fact(m, "T06", "2080505", "total")).isEqualByComparingTo(yuan("641200.00"));
        assertThat(fact(m, "T07", "TOTAL", "basic.public")).isEqualByComparingTo(yuan("550200.00"));
        assertThat(fact(m, "T08", "PERSONNEL_TOTAL", "amount")).isEqualByComparingTo(yuan("7270700.00"));
        assertThat(fact(m, "T08", "PUBLIC_TOTAL", "amount")).isEqualByComparingTo(yuan("550200.00"));
        assertThat(fact(m, "T08", "30217", "amount")).isEqualByComparingTo(yuan("15200.00"));
        assertThat(fact(m, "T09", "TOTAL", "amount")).isEqualByComparingTo(yuan("21428600.00"));
        assertThat(fact(m, "T13", "TOTAL", "final.reception")).isEqualByComparingTo(yuan("15200.00"));
        assertThat(fact(m, "T13", "TOTAL", "budget.total")).isEqualByComparingTo(yuan("15200.00"));
        assertThat(fact(m, "T13", "TOTAL", "final.abroad")).isZero();
    }

    /**
     * Every figure the generator put into each sample (its expected.csv, in 万元) is in v_fact ×
     * 10000, exactly, and v_fact holds no figure the generator did not write.
     */
    @Test
    void everyGeneratedFigureIsRecoveredAndNothingElse() throws IOException {
        for (String sample : List.of(Samples.MIYI + "-2023", Samples.EDUCATION + "-2023", Samples.AGRICULTURE + "-2023",
                Samples.MIYI + "-2022", Samples.AGRICULTURE + "-2022")) {
            String department = sample.substring(0, sample.length() - 5);
            int year = Integer.parseInt(sample.substring(sample.length() - 4));
            java.util.Set<String> expected = new java.util.TreeSet<>();
            List<String> lines = Files.readAllLines(Samples.DIR.resolve(sample + ".expected.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f[1].equals("NOTE")) {
                    assertThat(jdbc.queryForObject("SELECT t.note FROM submission_table t JOIN submission s "
                            + "ON s.id = t.submission_id WHERE s.department_name = ? AND s.fiscal_year = ? "
                            + "AND s.is_current = TRUE AND t.table_code = ?", String.class, department, year, f[0]))
                            .as(line).contains(f[2]);
                    continue;
                }
                BigDecimal yuan = new BigDecimal(f[f.length - 1]).multiply(BigDecimal.valueOf(10_000));
                if (yuan.signum() != 0) {
                    expected.add(f[0] + "|" + f[1] + "|" + f[f.length - 2] + "|" + yuan.setScale(2).toPlainString());
                }
            }
            java.util.Set<String> loaded = new java.util.TreeSet<>(jdbc.queryForList("SELECT CONCAT(table_code, '|', "
                    + "row_key, '|', column_key, '|', amount_yuan) FROM v_fact WHERE department_name = ? AND fiscal_year = ?",
                    String.class, department, year));
            assertThat(loaded).as(sample).hasSizeGreaterThan(300).isEqualTo(expected);
        }
    }

    @Test
    void emptyTablesArePresentWithTheirNoteButHoldNoFacts() {
        for (String table : List.of("T10", "T11", "T12")) {
            Map<String, Object> presence = jdbc.queryForMap("SELECT t.note, t.unit FROM submission_table t "
                    + "JOIN submission s ON s.id = t.submission_id WHERE s.department_name = ? AND s.is_current = TRUE "
                    + "AND s.fiscal_year = 2023 AND t.table_code = ?", Samples.MIYI, table);
            assertThat((String) presence.get("note")).as(table).contains("空表");
            assertThat(presence.get("unit")).isEqualTo("万元");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_fact WHERE department_name = ? AND table_code = ?",
                    Integer.class, Samples.MIYI, table)).isZero();
        }
    }

    @Test
    void personnelPlusPublicVersusBasicIsAFindingWithItsCells() {
        List<Map<String, Object>> x5 = jdbc.queryForList("SELECT * FROM v_finding WHERE department_name = ? "
                + "AND rule_id = 'X5'", Samples.MIYI);
        assertThat(x5).hasSize(1);
        Map<String, Object> finding = x5.get(0);
        assertThat(finding.get("severity")).isEqualTo("ERROR");
        assertThat(finding.get("table_code")).isEqualTo("T06");
        assertThat((BigDecimal) finding.get("actual_yuan")).isEqualByComparingTo(yuan("7570900.00"));
        assertThat((BigDecimal) finding.get("expected_yuan")).isEqualByComparingTo(yuan("7820900.00"));
        String cells = jdbc.queryForObject("SELECT f.cells FROM finding f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.department_name = ? AND s.is_current = TRUE AND f.rule_id = 'X5'", String.class, Samples.MIYI);
        String t06Sheet = sheetOf("T06");
        String t08Sheet = sheetOf("T08");
        assertThat(finding.get("source_sheet")).isEqualTo(t06Sheet);
        assertThat(cells).contains(t06Sheet + "!" + finding.get("source_cell")).contains(t08Sheet + "!");
        // The same break inside T07's 合计 row: 基本支出 ≠ 人员经费 + 公用经费.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_finding WHERE department_name = ? AND rule_id = 'T07-ROW-BASIC'",
                Integer.class, Samples.MIYI)).isPositive();
    }

    private String sheetOf(String table) {
        return jdbc.queryForObject("SELECT t.source_sheet FROM submission_table t JOIN submission s ON s.id = t.submission_id "
                + "WHERE s.department_name = ? AND s.is_current = TRUE AND s.fiscal_year = 2023 "
                + "AND t.table_code = ?", String.class, Samples.MIYI, table);
    }

    @Test
    void dryRunRecordsFindingsButLoadsNothing(@TempDir Path inbox) throws Exception {
        Files.copy(Samples.MIYI_XLSX, inbox.resolve(Samples.MIYI_XLSX.getFileName()));
        Integer factsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM v_fact", Integer.class);
        ImportOutcome dry = launcher.run(List.of(inbox), new ImportOptions(null, true, false, true));
        Map<String, Object> row = jdbc.queryForMap("SELECT id, dry_run, is_current, fact_count, error_count FROM submission "
                + "WHERE job_execution_id = ?", dry.jobExecutionId());
        assertThat(row).containsEntry("dry_run", true).containsEntry("is_current", false)
                .containsEntry("fact_count", 0).containsEntry("error_count", 23);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact WHERE submission_id = ?", Integer.class, row.get("id")))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE submission_id = ? AND rule_id = 'X5'",
                Integer.class, row.get("id"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_fact", Integer.class)).isEqualTo(factsBefore);
        // The report read back from the warehouse names the same cells the analysis found.
        org.juesuan.report.SubmissionReport report = new org.juesuan.report.SubmissionReportRepository(jdbc)
                .load(((Number) row.get("id")).longValue()).orElseThrow();
        assertThat(report.findings()).hasSize(23);
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("X5")).findFirst().orElseThrow().cells())
                .extracting(org.juesuan.model.CellRef::sheet)
                .containsExactly("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表");
    }

    @Test
    void splitCodesOfTheXlsSampleBecomeFullCodes() {
        List<String> codes = jdbc.queryForList("SELECT DISTINCT row_key FROM v_fact WHERE department_name = ? "
                + "AND fiscal_year = 2023 AND table_code = 'T03' ORDER BY row_key", String.class, Samples.AGRICULTURE);
        assertThat(codes).contains("TOTAL", "213").allMatch(k -> k.equals("TOTAL") || k.matches("\\d{3}|\\d{5}|\\d{7}"));
        assertThat(codes.stream().filter(k -> k.length() == 7)).isNotEmpty();
        // Every 项 under 213 rolls up to its 款 and 类 exactly: the file is clean.
        BigDecimal classTotal = fact(Samples.AGRICULTURE, "T03", "213", "total");
        BigDecimal itemSum = jdbc.queryForObject("SELECT SUM(amount_yuan) FROM v_fact WHERE department_name = ? "
                + "AND fiscal_year = 2023 AND table_code = 'T03' AND column_key = 'total' AND row_key LIKE '213%' "
                + "AND LENGTH(row_key) = 7",
                BigDecimal.class, Samples.AGRICULTURE);
        assertThat(itemSum).isEqualByComparingTo(classTotal).isPositive();
    }

    @Test
    void everyAmountIsAWholeNumberOfCentsAndComesWithItsCell() {
        Integer bad = jdbc.queryForObject("SELECT COUNT(*) FROM v_fact WHERE amount_yuan * 100 <> FLOOR(amount_yuan * 100) "
                + "OR source_cell IS NULL OR source_sheet IS NULL", Integer.class);
        assertThat(bad).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT department_name) FROM v_fact", Integer.class)).isEqualTo(3);
    }

    @Test
    void aCorruptFileAndAForeignWorkbookFailAloneAndTheRestLoads(@TempDir Path inbox) throws Exception {
        Files.write(inbox.resolve("坏文件.xlsx"), "this is not a workbook".getBytes());
        Files.write(inbox.resolve("空文件.xls"), new byte[0]);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = Files.newOutputStream(inbox.resolve("通讯录.xlsx"))) {
            workbook.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
        }
        Files.copy(Samples.AGRICULTURE_XLS, inbox.resolve(Samples.AGRICULTURE_XLS.getFileName()));
        ImportOutcome run = launcher.run(List.of(inbox), ImportOptions.DEFAULTS);
        assertThat(run.failure()).isNull();
        assertThat(run.count(SubmissionStatus.REJECTED)).isEqualTo(3);
        // The agriculture workbook is byte for byte the one the samples run loaded: skipped.
        assertThat(run.count(SubmissionStatus.LOADED)).isZero();
        assertThat(run.count(org.juesuan.load.ItemState.UNCHANGED)).isEqualTo(1);
        Map<String, String> reasons = new java.util.HashMap<>();
        jdbc.query("SELECT source_path, reject_reason FROM submission WHERE job_execution_id = ? AND status = 'REJECTED'",
                rs -> { reasons.put(Path.of(rs.getString(1)).getFileName().toString(), rs.getString(2)); },
                run.jobExecutionId());
        assertThat(reasons.get("坏文件.xlsx")).startsWith("坏文件.xlsx：不是 Excel 工作簿");
        assertThat(reasons.get("空文件.xls")).startsWith("空文件.xls：文件是空的");
        assertThat(reasons.get("通讯录.xlsx")).startsWith("通讯录.xlsx：不是决算报表");
        // Same content is not a new version; v_fact still shows the department once.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE department_name = ? AND fiscal_year = 2023 "
                + "AND is_current = TRUE", Integer.class, Samples.AGRICULTURE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT MAX(version) FROM submission WHERE department_name = ? AND fiscal_year = 2023",
                Integer.class, Samples.AGRICULTURE)).isEqualTo(1);
    }
}
