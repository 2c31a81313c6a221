package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.read.LargeSheetCheck;
import org.juesuan.submission.ImportOptions;
import org.juesuan.support.CatalogNames;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A table far wider than any sample (the generator of the 1,000,000-row check, at 1,500 rows, each
 * with a 项 code the catalog lacks) through the real job into MariaDB: every figure lands exactly at
 * its cell, the new codes join the dimension with their printed names, and the findings of one rule
 * are listed up to the cap with the rest counted in one summary finding, not dropped.
 */
@SpringBootTest
class LargeTableImportTest {

    private static final int ROWS = 1_500;

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.registerFresh(registry, "largetable");
    }

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void generate() throws Exception {
        file = dir.resolve("large-" + ROWS + "-2023.xlsx");
        LargeSheetCheck.generate(file, ROWS);
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFigureAndNewCodeLandsAndTheFindingsAreCountedInFull() throws Exception {
        ImportOutcome outcome = launcher.run(List.of(file), ImportOptions.DEFAULTS);
        assertThat(outcome.count(SubmissionStatus.LOADED)).isEqualTo(1);

        // the sheet as POI reads it: 合计 row 7, data rows from 8; E/F/G = total/basic/project in 万元
        Map<String, BigDecimal> printed = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            String[] columns = {"total", "basic", "project"};
            for (int r = 6; r < 7 + ROWS; r++) {
                Row row = sheet.getRow(r);
                String key = r == 6 ? "TOTAL" : row.getCell(0).getStringCellValue() + row.getCell(1).getStringCellValue()
                        + row.getCell(2).getStringCellValue();
                if (r > 6) {
                    names.put(key, row.getCell(3).getStringCellValue());
                }
                for (int c = 0; c < 3; c++) {
                    Cell cell = row.getCell(4 + c);
                    BigDecimal yuan = new BigDecimal(Double.toString(cell.getNumericCellValue())).movePointRight(4);
                    if (yuan.signum() != 0) {
                        printed.put(key + "|" + columns[c] + "|" + cell.getAddress().formatAsString(), yuan);
                    }
                }
            }
        }
        Map<String, BigDecimal> loaded = new HashMap<>();
        jdbc.query("SELECT row_key, column_key, source_cell, amount_yuan FROM v_fact", rs -> {
            loaded.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getBigDecimal(4));
        });
        assertThat(loaded.keySet()).isEqualTo(printed.keySet());
        printed.forEach((key, yuan) -> assertThat(loaded.get(key)).as(key).isEqualByComparingTo(yuan));

        CatalogNames catalog = CatalogNames.functional();
        Set<String> unknownCodes = new HashSet<>();
        names.keySet().stream().filter(code -> !catalog.contains(code)).forEach(unknownCodes::add);
        assertThat(unknownCodes).hasSizeGreaterThan(1_000);
        Set<String> newCodes = new HashSet<>(); // a code joins the dimension with its first non-zero figure
        printed.keySet().stream().map(key -> key.substring(0, key.indexOf('|')))
                .filter(unknownCodes::contains).forEach(newCodes::add);
        Map<String, String> registered = new HashMap<>();
        jdbc.query("SELECT code, name, level, parent_code FROM dim_functional_class WHERE from_catalog = FALSE", rs -> {
            assertThat(rs.getInt(3)).as(rs.getString(1)).isEqualTo(3);
            assertThat(rs.getString(4)).isEqualTo(rs.getString(1).substring(0, 5));
            registered.put(rs.getString(1), rs.getString(2));
        });
        assertThat(registered.keySet()).isEqualTo(newCodes);
        registered.forEach((code, name) -> assertThat(name).isEqualTo(names.get(code)));

        Map<String, Object> submission = jdbc.queryForMap("SELECT warning_count, fact_count FROM submission");
        assertThat(((Number) submission.get("fact_count")).intValue()).isEqualTo(printed.size());
        Integer unknownListed = jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE rule_id = 'MAP-UNKNOWN-CODE'",
                Integer.class);
        assertThat(unknownListed).isEqualTo(500 + 1);
        assertThat(jdbc.queryForObject("SELECT message FROM finding WHERE rule_id = 'MAP-UNKNOWN-CODE' "
                + "AND message LIKE '…… 本表另有 %'", String.class))
                .startsWith("…… 本表另有 " + (unknownCodes.size() - 500) + " 条同类发现未逐条列出（已列出前 500 条）");
        // No official catalog imported: the codes the shipped partial catalog lacks are notes for the bureau (INFO).
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE rule_id = 'MAP-UNKNOWN-CODE' "
                + "AND severity <> 'INFO'", Integer.class)).isZero();
        Integer warnings = jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE severity = 'WARNING'", Integer.class);
        assertThat(((Number) submission.get("warning_count")).longValue()).isEqualTo(warnings.longValue());
    }
}
