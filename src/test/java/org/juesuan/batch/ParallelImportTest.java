package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.load.ItemState;
import org.juesuan.samples.AccountRow;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.submission.ImportOptions;
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
 * Parallel partitions on MariaDB where they can collide: four threads over one run holding byte-
 * identical copies of one workbook and three versions of another department, among others. The
 * copies load once (the rest UNCHANGED), the versions queue on their department's lock and the
 * newest file ends current; no deadlock, no failed partition.
 */
@SpringBootTest(properties = "juesuan.import.threads=4")
class ParallelImportTest {

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.registerFresh(registry, "parallel");
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void collidingSubmissionsInOneParallelRun() throws Exception {
        GeneratedSubmissions.writeSmall(dir, 8, 6100);
        Path copied = GeneratedSubmissions.write(dir.resolve("copy-1"), SampleGenerator.randomDepartment(6200));
        for (int i = 2; i <= 4; i++) {
            Files.createDirectories(dir.resolve("copy-" + i));
            Files.copy(copied, dir.resolve("copy-" + i).resolve(copied.getFileName()));
        }
        DepartmentAccounts department = SampleGenerator.randomDepartment(6300);
        AccountRow row = department.rows("T03").get(department.rows("T03").size() - 1);
        Instant saved = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int v = 1; v <= 3; v++) {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>(row.amounts());
            amounts.merge("total", BigDecimal.valueOf(v), BigDecimal::add);
            Path file = GeneratedSubmissions.write(dir.resolve("version-" + v),
                    department.withRow("T03", new AccountRow(row.rowKey(), row.rowName(), amounts)));
            Files.setLastModifiedTime(file, FileTime.from(saved.minus(10 - v, ChronoUnit.HOURS)));
        }

        ImportOutcome run = launcher.run(List.of(dir), ImportOptions.DEFAULTS);

        assertThat(run.failure()).isNull();
        assertThat(run.batchStatus()).isEqualTo("COMPLETED");
        assertThat(run.count(ItemState.UNCHANGED)).isEqualTo(3);
        assertThat(run.count(ItemState.LOADED) + run.count(ItemState.LOADED_WITH_ERRORS)).isEqualTo(8 + 1 + 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE sha256 = (SELECT s.sha256 FROM submission s "
                + "JOIN import_item i ON i.submission_id = s.id WHERE i.state = 'UNCHANGED' LIMIT 1)", Integer.class))
                .isEqualTo(1);
        List<Map<String, Object>> versions = jdbc.queryForList("SELECT version, is_current, source_path FROM submission "
                + "WHERE department_name = ? ORDER BY version", department.departmentName());
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2, 3);
        assertThat(versions.stream().filter(v -> Boolean.TRUE.equals(v.get("is_current"))))
                .singleElement().satisfies(v -> assertThat((String) v.get("source_path")).contains("version-3"));
        assertThat(jdbc.queryForObject("SELECT amount_yuan FROM v_fact WHERE department_name = ? AND table_code = 'T03' "
                + "AND row_key = ? AND column_key = 'total'", BigDecimal.class, department.departmentName(), row.rowKey()))
                .isEqualByComparingTo(row.amounts().getOrDefault("total", BigDecimal.ZERO).add(BigDecimal.valueOf(3))
                        .multiply(BigDecimal.valueOf(10_000)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department_year", Integer.class)).isEqualTo(8 + 1 + 1);
    }
}
