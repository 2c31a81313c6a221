package org.juesuan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statement check of {@code query}: what it refuses, and what it lets through unchanged. */
class ReadOnlyStatementTest {

    private static void refused(String sql, String reason) {
        assertThatThrownBy(() -> ReadOnlyStatement.of(sql)).as(sql)
                .isInstanceOf(RefusedStatementException.class).hasMessageContaining(reason);
    }

    @Test
    void refusesInsert() {
        refused("INSERT INTO fact (submission_id) VALUES (1)", "不允许 INSERT");
        refused("insert fact values (1)", "不允许 INSERT");
    }

    @Test
    void refusesUpdate() {
        refused("UPDATE submission SET is_current = FALSE", "不允许 UPDATE");
    }

    @Test
    void refusesDelete() {
        refused("DELETE FROM fact", "不允许 DELETE");
        refused("  delete\nfrom fact where 1 = 1", "不允许 DELETE");
    }

    @Test
    void refusesDrop() {
        refused("DROP TABLE fact", "不允许 DROP");
        refused("drop view v_fact", "不允许 DROP");
    }

    @Test
    void refusesCreate() {
        refused("CREATE TABLE t AS SELECT * FROM fact", "不允许 CREATE");
        refused("create view v AS select 1", "不允许 CREATE");
    }

    @Test
    void refusesMultipleStatements() {
        refused("SELECT 1; DELETE FROM fact", "只能执行一条语句");
        refused("SELECT 1;SELECT 2", "只能执行一条语句");
        refused("SELECT * FROM v_fact WHERE row_key = 'TOTAL'; DROP TABLE fact;", "只能执行一条语句");
    }

    @Test
    void refusesSelectIntoOutfile() {
        refused("SELECT * FROM v_fact INTO OUTFILE '/tmp/facts.csv'", "INTO OUTFILE");
        refused("SELECT * INTO OUTFILE '/tmp/f' FROM v_fact", "INTO OUTFILE");
        refused("SELECT amount_yuan FROM fact INTO\n  DUMPFILE '/tmp/f'", "INTO OUTFILE/DUMPFILE");
    }

    @Test
    void refusesForUpdateAndOtherLockingReads() {
        refused("SELECT * FROM submission FOR UPDATE", "FOR UPDATE 是加锁的读");
        refused("SELECT * FROM submission WHERE id = 1 for  update nowait", "FOR UPDATE 是加锁的读");
        refused("SELECT * FROM submission FOR SHARE", "FOR SHARE 是加锁的读");
        refused("SELECT * FROM submission LOCK IN SHARE MODE", "LOCK IN SHARE MODE 是加锁的读");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WITH gone AS (SELECT id FROM submission) DELETE FROM fact WHERE submission_id IN (SELECT id FROM gone)",
            "WITH x AS (SELECT 1) UPDATE submission SET is_current = FALSE",
            "EXPLAIN ANALYZE DELETE FROM fact",
            "SELECT * FROM FINAL TABLE (INSERT INTO dim_region VALUES ('x', 'y', 'z'))",
            "SELECT * FROM OLD TABLE (DELETE FROM fact)",
            "SELECT * FROM v_fact UNION SELECT * FROM NEW TABLE (MERGE INTO dim_region KEY (name_prefix) VALUES ('a','b','c'))"})
    void refusesWritesHiddenInsideAReadingStatement(String sql) {
        assertThatThrownBy(() -> ReadOnlyStatement.of(sql)).isInstanceOf(RefusedStatementException.class)
                .hasMessageContaining("会写入");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT CSVWRITE('/tmp/x.csv', 'SELECT * FROM fact')",
            "SELECT FILE_WRITE('x', '/tmp/x')",
            "SELECT LOAD_FILE('/etc/passwd')",
            "SELECT * FROM CSVREAD('/etc/passwd')"})
    void refusesFileAccess(String sql) {
        refused(sql, "数据库服务器上的文件");
    }

    @Test
    void refusesOtherStatements() {
        refused("SET GLOBAL read_only = 0", "不允许 SET");
        refused("CALL p()", "不允许 CALL");
        refused("TRUNCATE TABLE fact", "不允许 TRUNCATE");
        refused("ALTER TABLE fact ADD COLUMN x INT", "不允许 ALTER");
        refused("GRANT ALL ON *.* TO someone", "不允许 GRANT");
        refused("LOAD DATA INFILE '/tmp/x' INTO TABLE fact", "不允许 LOAD");
        refused("SCRIPT TO '/tmp/dump.sql'", "不允许 SCRIPT");
        refused("", "语句是空的");
        refused(" ;; ", "语句是空的");
    }

    /** What one dialect takes for a comment or literal, the other may run: both readings must pass. */
    @Test
    void refusesWhatEitherDialectWouldRun() {
        // H2 has no backslash escapes: there the literal ends at \' and a DROP follows.
        refused("SELECT '\\'; DROP TABLE fact; --'", "只能执行一条语句");
        // MySQL: "--" without a space is arithmetic, so the rest of the line is code.
        refused("SELECT 1--1; DELETE FROM fact", "只能执行一条语句");
        // H2: # is not a comment.
        refused("SELECT 1 # ; DROP TABLE fact", "只能执行一条语句");
        // MySQL runs the content of /*! … */.
        refused("SELECT 1 /*! ; DROP TABLE fact */", "可执行注释");
        refused("SELECT 1 /*M!100000 , SLEEP(1) */", "可执行注释");
        refused("SELECT 'unclosed", "没有结束");
        refused("SELECT 1 /* unclosed", "没有结束");
    }

    @Test
    void keywordsInLiteralsNamesAndCommentsDoNotCount() {
        String sql = "SELECT 'DELETE FROM fact; DROP TABLE x' AS `update`, \"INTO OUTFILE\" -- DROP TABLE fact; \n"
                + "FROM v_fact /* FOR UPDATE; */ WHERE row_name <> 'it''s; CREATE' # ; DELETE\n";
        // '#' starts a comment for MySQL only, and H2 would see "; DELETE": refused. Without it, it passes.
        refused(sql, "只能执行一条语句");
        String withoutHash = sql.replace("# ; DELETE", "");
        assertThat(ReadOnlyStatement.of(withoutHash).sql()).isEqualTo(withoutHash.strip());
    }

    @Test
    void lettersOfForbiddenWordsInsideLongerNamesAndFunctionsDoNotCount() {
        for (String sql : List.of(
                "SELECT REPLACE(row_name, '支出', '') FROM v_fact",
                "SELECT INSERT(row_name, 1, 2, 'x'), TRUNCATE(amount_yuan, 0) FROM v_fact",
                "SELECT updated_at, created_by, renamed, delete_flag FROM t",
                "SHOW CREATE VIEW v_fact",
                "DESCRIBE v_fact",
                "EXPLAIN SELECT * FROM v_fact",
                "(SELECT 1) UNION ALL (SELECT 2)",
                "SHOW TABLES")) {
            assertThat(ReadOnlyStatement.of(sql).sql()).as(sql).isEqualTo(sql);
        }
    }

    @Test
    void trailingSemicolonsAndCommentsAreCutOffTheStatementSent() {
        assertThat(ReadOnlyStatement.of("SELECT 1;").sql()).isEqualTo("SELECT 1");
        assertThat(ReadOnlyStatement.of("-- the question\nSELECT 'a;b' ;  ; -- done\n").sql())
                .isEqualTo("-- the question\nSELECT 'a;b'");
        assertThat(ReadOnlyStatement.of("SELECT row_name FROM v_fact WHERE row_name = '合计'  ;\n").sql())
                .isEqualTo("SELECT row_name FROM v_fact WHERE row_name = '合计'");
    }

    @Test
    void everyReportingQueryPassesTheCheck() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sql", "queries"))) {
            List<Path> queries = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
            for (Path file : queries) {
                String sql = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(ReadOnlyStatement.of(sql).sql()).as(file.toString()).doesNotEndWith(";")
                        .startsWith("-- Question");
            }
        }
    }
}
