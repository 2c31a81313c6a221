package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.juesuan.load.ItemState;
import org.juesuan.samples.AccountRow;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.InboxFolders;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Submissions sent again: the same file (skipped as UNCHANGED), a corrected file (a new version
 * replaces the old in v_fact, the old stays as history), an older file arriving after a newer one
 * (kept as history, not made current). Inbox runs against MariaDB; files end in archive/.
 */
@SpringBootTest
class ResubmissionTest {

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.registerFresh(registry, "resubmission");
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    InboxFolders folders() {
        return new InboxFolders(dir.resolve("inbox"), dir.resolve("archive"), dir.resolve("rejected"));
    }

    ImportOutcome nightlyRun() {
        return launcher.runInbox(folders(), ImportOptions.DEFAULTS);
    }

    @Test
    void theSameFileTwiceIsSkippedAsUnchanged() throws Exception {
        DepartmentAccounts department = SampleGenerator.randomDepartment(9001);
        Path file = GeneratedSubmissions.write(folders().inbox(), department);
        ImportOutcome first = nightlyRun();
        assertThat(first.count(ItemState.LOADED)).isEqualTo(1);
        Path archived = folders().archive().resolve(InboxFolders.runFolder(first.runId())).resolve(file.getFileName());
        assertThat(archived).exists();
        assertThat(file).doesNotExist();

        Files.copy(archived, file); // the department sends it again
        ImportOutcome second = nightlyRun();
        assertThat(second.count(ItemState.UNCHANGED)).isEqualTo(1);
        assertThat(second.count(ItemState.LOADED)).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(jdbc.queryForObject("SELECT detail FROM import_item WHERE run_id = ?", String.class, second.runId()))
                .startsWith("与报送 #").contains("第 1 版，现行版本");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE department_name = ?", Integer.class,
                department.departmentName())).isEqualTo(1);
        assertThat(folders().archive().resolve(InboxFolders.runFolder(second.runId())).resolve(file.getFileName()))
                .exists();
    }

    @Test
    void aCorrectedFileReplacesTheOldVersionWhichStaysAsHistory() throws Exception {
        DepartmentAccounts original = SampleGenerator.randomDepartment(9002);
        AccountRow row = original.rows("T03").get(original.rows("T03").size() - 1);
        DepartmentAccounts corrected = original.withRow("T03", plusOne(row, "total"));
        Path file = GeneratedSubmissions.write(folders().inbox(), original);
        ImportOutcome v1 = nightlyRun();
        long v1Id = submissionOf(v1);
        BigDecimal before = fact(original.departmentName(), row.rowKey());
        assertThat(before).isEqualByComparingTo(row.amounts().get("total").multiply(BigDecimal.valueOf(10_000)));

        GeneratedSubmissions.write(folders().inbox(), corrected); // same file name, new content
        ImportOutcome v2 = nightlyRun();
        long v2Id = submissionOf(v2);
        assertThat(v2.count(ItemState.LOADED) + v2.count(ItemState.LOADED_WITH_ERRORS)).isEqualTo(1);
        assertThat(fact(original.departmentName(), row.rowKey())).isEqualByComparingTo(before.add(BigDecimal.valueOf(10_000)));
        Map<String, Object> versions = versions(original.departmentName());
        assertThat(versions).containsEntry(v1Id + "", "1:false").containsEntry(v2Id + "", "2:true");
        // v_fact holds the new version only; the old one is still there, by submission id.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_fact WHERE department_name = ?", Integer.class,
                original.departmentName())).isEqualTo(jdbc.queryForObject("SELECT fact_count FROM submission WHERE id = ?",
                Integer.class, v2Id));
        assertThat(jdbc.queryForObject("SELECT amount_yuan FROM fact WHERE submission_id = ? AND table_code = 'T03' "
                + "AND row_key = ? AND column_key = 'total'", BigDecimal.class, v1Id, row.rowKey())).isEqualByComparingTo(before);
        assertThat(file.getParent()).isEmptyDirectory();
    }

    @Test
    void anOlderFileArrivingAfterANewerOneIsKeptAsHistoryNotMadeCurrent() throws Exception {
        DepartmentAccounts older = SampleGenerator.randomDepartment(9003);
        AccountRow row = older.rows("T03").get(older.rows("T03").size() - 1);
        DepartmentAccounts newer = older.withRow("T03", plusOne(row, "total"));
        Instant saved = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path newerFile = GeneratedSubmissions.write(folders().inbox(), newer);
        Files.setLastModifiedTime(newerFile, FileTime.from(saved));
        ImportOutcome first = nightlyRun();
        long newerId = submissionOf(first);

        // The older workbook turns up a night later (saved a day before the newer one).
        Path olderFile = GeneratedSubmissions.write(folders().inbox().resolve("delayed"), older);
        Files.setLastModifiedTime(olderFile, FileTime.from(saved.minus(1, ChronoUnit.DAYS)));
        ImportOutcome second = nightlyRun();
        long olderId = submissionOf(second);
        assertThat(jdbc.queryForObject("SELECT detail FROM import_item WHERE run_id = ?", String.class, second.runId()))
                .contains("version 2 kept as history").contains("older than current submission #" + newerId);
        assertThat(versions(older.departmentName())).containsEntry(newerId + "", "1:true").containsEntry(olderId + "", "2:false");
        assertThat(fact(older.departmentName(), row.rowKey()))
                .isEqualByComparingTo(row.amounts().get("total").add(BigDecimal.ONE).multiply(BigDecimal.valueOf(10_000)));
        assertThat(folders().archive().resolve(InboxFolders.runFolder(second.runId())).resolve("delayed")
                .resolve(olderFile.getFileName())).exists();
    }

    private static AccountRow plusOne(AccountRow row, String column) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>(row.amounts());
        amounts.merge(column, BigDecimal.ONE, BigDecimal::add);
        return new AccountRow(row.rowKey(), row.rowName(), amounts);
    }

    private long submissionOf(ImportOutcome run) {
        return jdbc.queryForObject("SELECT submission_id FROM import_item WHERE run_id = ?", Long.class, run.runId());
    }

    private BigDecimal fact(String department, String rowKey) {
        return jdbc.queryForObject("SELECT amount_yuan FROM v_fact WHERE department_name = ? AND table_code = 'T03' "
                + "AND row_key = ? AND column_key = 'total'", BigDecimal.class, department, rowKey);
    }

    /** submission id → "version:is_current" */
    private Map<String, Object> versions(String department) {
        Map<String, Object> versions = new LinkedHashMap<>();
        jdbc.query("SELECT id, version, is_current FROM submission WHERE department_name = ? ORDER BY id",
                rs -> { versions.put(rs.getString(1), rs.getInt(2) + ":" + rs.getBoolean(3)); }, department);
        return versions;
    }
}
