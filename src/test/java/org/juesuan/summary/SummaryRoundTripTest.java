package org.juesuan.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.submission.ImportOptions;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 汇总 reads back through juesuan's own import to exactly the SQL sums: the samples' 2023 summary of the
 * departments that passed the audit, imported into the same warehouse (a MariaDB of its own, since the summary
 * becomes a department there), equals, figure for figure, the sums of the included departments' current facts,
 * and passes the rule book.
 */
@SpringBootTest
class SummaryRoundTripTest {

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.registerFresh(registry, "summary");
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void theCleanSummaryOf2023ReadsBackToTheSqlSumsAndIsAuditedClean() throws Exception {
        ImportOutcome samples = launcher.run(List.of(Samples.DIR), ImportOptions.DEFAULTS);
        assertThat(samples.failure()).isNull();

        ConsolidatedAccounts accounts = new SummarySources(jdbc).load(SummaryScope.all(2023, true));
        // 米易 经信科技局 2023 is loaded with ERRORs (its published contradictions): left out; the other two summed.
        assertThat(accounts.included()).extracting(DepartmentVersion::name)
                .containsExactly(Samples.AGRICULTURE, Samples.EDUCATION);
        assertThat(accounts.leftOut()).extracting(DepartmentVersion::name).containsExactly(Samples.MIYI);
        Path file = dir.resolve("汇总-2023.xlsx");
        SummaryWorkbook.write(accounts, new ClassificationCatalog(), file);

        ImportOutcome reimport = launcher.run(List.of(file), ImportOptions.DEFAULTS);
        assertThat(reimport.failure()).isNull();
        String pseudo = "汇总：全部单位";
        Map<String, Object> submission = jdbc.queryForMap("SELECT id, status, error_count, fiscal_year FROM submission "
                + "WHERE department_name = ? AND is_current = TRUE", pseudo);
        List<String> errors = jdbc.queryForList("SELECT message FROM finding WHERE submission_id = ? "
                + "AND severity = 'ERROR'", String.class, submission.get("id"));
        assertThat(errors).isEmpty();
        assertThat(submission.get("status")).isEqualTo("LOADED");
        assertThat(((Number) submission.get("error_count")).intValue()).isZero();
        assertThat(((Number) submission.get("fiscal_year")).intValue()).isEqualTo(2023);

        Map<String, BigDecimal> reimported = facts("SELECT table_code, row_key, column_key, amount_yuan FROM v_fact "
                + "WHERE department_name = ? AND fiscal_year = 2023", pseudo);
        Map<String, BigDecimal> sums = facts("SELECT table_code, row_key, column_key, SUM(amount_yuan) FROM v_fact "
                + "WHERE fiscal_year = 2023 AND department_name IN (?, ?) GROUP BY table_code, row_key, column_key "
                + "HAVING SUM(amount_yuan) <> 0", Samples.AGRICULTURE, Samples.EDUCATION);
        assertThat(sums).hasSizeGreaterThan(1000);
        assertThat(reimported).containsExactlyInAnyOrderEntriesOf(sums);
        // the summary, now a department of the warehouse, is not summed again with the departments it sums
        assertThat(new SummarySources(jdbc).load(SummaryScope.all(2023, true)).included())
                .extracting(DepartmentVersion::name).containsExactly(Samples.AGRICULTURE, Samples.EDUCATION);
        // one figure by hand: the two bureaus' 本年支出合计 (T03 合计) add up
        assertThat(reimported.get("T03|TOTAL|total")).isEqualByComparingTo(
                one(Samples.AGRICULTURE).add(one(Samples.EDUCATION)));
    }

    private BigDecimal one(String department) {
        return jdbc.queryForObject("SELECT amount_yuan FROM v_fact WHERE department_name = ? AND fiscal_year = 2023 "
                + "AND table_code = 'T03' AND row_key = 'TOTAL' AND column_key = 'total'", BigDecimal.class, department);
    }

    private Map<String, BigDecimal> facts(String sql, Object... args) {
        Map<String, BigDecimal> facts = new TreeMap<>();
        jdbc.query(sql, rs -> {
            facts.put(rs.getString(1).trim() + "|" + rs.getString(2) + "|" + rs.getString(3),
                    rs.getBigDecimal(4).stripTrailingZeros());
        }, args);
        return facts;
    }
}
