package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/**
 * {@code juesuan query} as a user runs it: refusals (exit 2, before any database is touched), usage errors, and,
 * on a MariaDB warehouse of its own, CSV output, the row limit, the timeout and statements read from a file.
 */
class QueryCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run juesuan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = JuesuanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A database URL that cannot answer: a refusal must come before any connection attempt. */
    private static final String NOWHERE = "jdbc:mysql://127.0.0.1:1/none";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INSERT INTO fact (submission_id) VALUES (1)              | 只允许读（SELECT、WITH、SHOW、DESCRIBE、EXPLAIN），不允许 INSERT
            UPDATE submission SET is_current = FALSE                 | 不允许 UPDATE
            DELETE FROM fact                                         | 不允许 DELETE
            DROP TABLE fact                                          | 不允许 DROP
            CREATE TABLE copy AS SELECT * FROM fact                  | 不允许 CREATE
            SELECT 1; DELETE FROM fact                               | 只能执行一条语句
            SELECT * FROM v_fact INTO OUTFILE '/tmp/facts.csv'       | SELECT … INTO OUTFILE/DUMPFILE 会在数据库服务器上写文件
            SELECT * FROM submission FOR UPDATE                      | FOR UPDATE 是加锁的读
            WITH s AS (SELECT 1) DELETE FROM fact                    | DELETE 会写入
            """)
    void refusesWithExitCode2BeforeTouchingTheDatabase(String sql, String reason) {
        Run run = juesuan("query", "--db-url", NOWHERE, sql);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("query 拒绝执行：").contains(reason);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badUsageIsExitCode2() {
        assertThat(juesuan("query", "--db-url", NOWHERE, "--max-rows", "0", "SELECT 1").err())
                .contains("--max-rows 至少为 1");
        assertThat(juesuan("query", "--db-url", NOWHERE, "--timeout", "0", "SELECT 1").exitCode()).isEqualTo(2);
        assertThat(juesuan("query", "--db-url", NOWHERE, "--format", "xml", "SELECT 1").exitCode()).isEqualTo(2);
        assertThat(juesuan("query", "--db-url", NOWHERE).err()).contains("二者只用其一");
        assertThat(juesuan("query", "--db-url", NOWHERE, "--file", "nowhere.sql").err()).contains("读不了 nowhere.sql");
    }

    @Test
    void csvRowLimitTimeoutAndFileOnMariaDb(@TempDir Path dir) throws Exception {
        String url = MariaDbTestDatabase.freshUrl("cli");
        List<String> db = List.of("--db-url", url, "--db-user", MariaDbTestDatabase.USER,
                "--db-password", MariaDbTestDatabase.PASSWORD);

        Run csv = juesuan(args(db, "query", "--format", "csv", "--max-rows", "3",
                "SELECT table_code, title FROM dim_table ORDER BY table_code"));
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList()).containsExactly("\uFEFFtable_code,title", "T01,收入支出决算总表", "T02,收入决算表",
                "T03,支出决算表");
        assertThat(csv.err()).contains("query: 只输出了前 3 行（--max-rows）");

        Run slow = juesuan(args(db, "query", "--timeout", "1", "SELECT SLEEP(30)"));
        assertThat(slow.exitCode()).isEqualTo(2);
        assertThat(slow.err()).contains("query 已取消：运行超过 1 秒（--timeout）");

        Path file = dir.resolve("tables.sql");
        Files.writeString(file, "-- Question: which tables are there?\nSELECT COUNT(*) AS tables FROM dim_table;\n",
                StandardCharsets.UTF_8);
        Run fromFile = juesuan(args(db, "query", "--file", file.toString()));
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(fromFile.out().lines().toList()).containsExactly("tables", "------", "    13", "(1 row)");
    }

    @Test
    void decimalsParametersJsonAndXlsxOnMariaDb(@TempDir Path dir) throws Exception {
        String url = MariaDbTestDatabase.freshUrl("cliout");
        List<String> db = List.of("--db-url", url, "--db-user", MariaDbTestDatabase.USER,
                "--db-password", MariaDbTestDatabase.PASSWORD);
        String amounts = "SELECT table_code, CAST(15219000.00 AS DECIMAL(20,2)) / 10000 AS wan, "
                + "CAST(28999500.00 AS DECIMAL(20,2)) AS yuan, CAST(1 AS DECIMAL(30,10)) / 3 AS third, "
                + "CAST(12345678901234567.89 AS DECIMAL(20,2)) AS big, '12:30' AS at FROM dim_table "
                + "WHERE table_code = COALESCE(:code, table_code) ORDER BY table_code";

        Run table = juesuan(args(db, "query", "--param", "code=T03", amounts));
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("1,521.90 | 28,999,500.00 | 0.3333 | 12,345,678,901,234,567.89 | 12:30")
                .contains("(1 row)").doesNotContain("E+");

        Run all = juesuan(args(db, "query", "--format", "csv", amounts));
        assertThat(all.out().lines().skip(1).toList()).hasSize(13);
        Run csv = juesuan(args(db, "query", "--format", "csv", "--param", "code=T03", amounts));
        assertThat(csv.out().lines().toList()).containsExactly("\uFEFFtable_code,wan,yuan,third,big,at",
                "T03,1521.90,28999500.00,0.33333333333333,12345678901234567.89,12:30");

        Run unknown = juesuan(args(db, "query", "--param", "year=2023", amounts));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("参数 year 不在这条语句里").contains(":code");

        Run json = juesuan(args(db, "query", "--format", "json", "--param", "code=T03", amounts));
        assertThat(json.exitCode()).as(json.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(json.out()).get(0);
        assertThat(row.get("big").decimalValue()).isEqualByComparingTo("12345678901234567.89");
        assertThat(row.get("yuan").isBigDecimal()).isTrue();
        assertThat(row.get("wan").decimalValue()).isEqualByComparingTo("1521.9");
        // Written as the exact decimal at its scale (the tree above normalises 28999500.00 to 2.89995E+7).
        assertThat(json.out()).contains("\"yuan\" : 28999500.00,").contains("\"wan\" : 1521.90,");
        assertThat(json.out()).contains("12345678901234567.89").doesNotContain("E+");

        Path xlsx = dir.resolve("结果.xlsx");
        assertThat(juesuan(args(db, "query", "--format", "xlsx", amounts)).exitCode()).isEqualTo(2); // needs --out
        Run book = juesuan(args(db, "query", "--format", "xlsx", "--out", xlsx.toString(), "--param", "code=T03", amounts));
        assertThat(book.exitCode()).as(book.err()).isZero();
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("查询结果");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("wan");
            org.apache.poi.ss.usermodel.Cell wan = sheet.getRow(1).getCell(1);
            assertThat(wan.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(wan.getNumericCellValue()).isEqualTo(1521.9);
            assertThat(wan.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0000");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("12:30");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    private static String[] args(List<String> db, String... rest) {
        List<String> all = new ArrayList<>(List.of(rest));
        all.addAll(1, db);
        return all.toArray(String[]::new);
    }
}
