package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.juesuan.query.TablePrinter;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code status} and {@code rerun} as the operator and a monitor use them, on MariaDB after a real nightly run of
 * the samples through an inbox: the text fits 120 columns and names where each file is now; the JSON carries exact
 * decimals; a dry run says so; a run that died makes status exit 1 until it is finished or abandoned; rerun
 * explains an import that left no trace. The import's progress counts never go back.
 */
class StatusAndRerunCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run juesuan(List<String> db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = JuesuanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(db);
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> db(String url) {
        return List.of("--db-url", url, "--db-user", MariaDbTestDatabase.USER, "--db-password", MariaDbTestDatabase.PASSWORD);
    }

    @Test
    void statusAfterANightlyRunAndADryRun(@TempDir Path dir) throws Exception {
        List<String> db = db(MariaDbTestDatabase.freshUrl("status"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(Samples.MIYI_XLSX, inbox.resolve(Samples.MIYI_XLSX.getFileName()));
        Files.copy(Samples.AGRICULTURE_XLS, inbox.resolve(Samples.AGRICULTURE_XLS.getFileName()));
        Path education = Files.createDirectories(inbox.resolve(Samples.EDUCATION_FOLDER.getFileName()));
        try (Stream<Path> files = Files.list(Samples.EDUCATION_FOLDER)) {
            for (Path f : files.toList()) {
                Files.copy(f, education.resolve(f.getFileName()));
            }
        }
        Files.writeString(inbox.resolve("说明.xlsx"), "not a workbook");
        Path archive = dir.resolve("archive");
        Path rejected = dir.resolve("rejected");

        String progress;
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty("juesuan.inbox", inbox.toString());
        System.setProperty("juesuan.archive", archive.toString());
        System.setProperty("juesuan.rejected", rejected.toString());
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Run imported = juesuan(db, "import", "--threads", "2");
            assertThat(imported.exitCode()).as(imported.err()).isEqualTo(1);
        } finally {
            System.setOut(stdout);
            System.clearProperty("juesuan.inbox");
            System.clearProperty("juesuan.archive");
            System.clearProperty("juesuan.rejected");
            progress = captured.toString(StandardCharsets.UTF_8);
            stdout.print(progress);
        }
        // Two partitions commit in either order: the counts printed still go 1, 2, 3, 4.
        List<Integer> counts = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\[\\s*(\\d+)/4]").matcher(progress);
        while (m.find()) {
            counts.add(Integer.valueOf(m.group(1)));
        }
        assertThat(counts).hasSize(4).isSorted().endsWith(4);

        Run dry = juesuan(db, "import", "--dry-run", Samples.AGRICULTURE_XLS.toString());
        assertThat(dry.exitCode()).as(dry.err()).isZero();

        Run status = juesuan(db, "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        for (String line : status.out().split("\n")) {
            assertThat(TablePrinter.width(line)).as(line).isLessThanOrEqualTo(120);
        }
        assertThat(status.out()).contains("最近的导入批次：", "最近的报送：", "试运行·完成", "试运行·审核通过", "无法读取：",
                "审核不通过").doesNotContain("LOADED", "COMPLETED").doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d")
                .containsPattern("\\d+\\.\\d 秒");

        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Run asJson = juesuan(db, "status", "--format", "json");
        assertThat(asJson.exitCode()).as(asJson.err()).isZero();
        JsonNode root = json.readTree(asJson.out());
        JsonNode nightly = root.get("runs").get(1);
        assertThat(nightly.get("submissions").intValue()).isEqualTo(4);
        assertThat(nightly.get("withErrors").intValue()).isEqualTo(1);
        assertThat(nightly.get("rejected").intValue()).isEqualTo(1);
        assertThat(nightly.get("dryRun").booleanValue()).isFalse();
        assertThat(root.get("runs").get(0).get("dryRun").booleanValue()).isTrue();
        assertThat(nightly.get("seconds").isBigDecimal()).isTrue();
        assertThat(asJson.out()).containsPattern("\"seconds\" : \\d+\\.\\d{3},"); // millisecond decimals, no double
        // not isPositive(): on MariaDB the run's fractional seconds are lost (a known bug, see the closing note of
        // issue 16), so a run shorter than a second reads 0.000 on a fast machine
        assertThat(nightly.get("seconds").decimalValue()).isNotNegative();
        assertThat(nightly.get("started").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        int located = 0;
        for (JsonNode s : root.get("submissions")) {
            String location = s.get("location").asText();
            if (s.get("dryRun").booleanValue()) {
                assertThat(location).isEqualTo(Samples.AGRICULTURE_XLS.toAbsolutePath().normalize().toString());
                continue;
            }
            Path now = Path.of(location);
            assertThat(now).as("where the file is now").exists();
            assertThat(now.startsWith(s.get("status").asText().equals("REJECTED") ? rejected : archive)).as(location).isTrue();
            // The screen keeps the end of the path (where the file lies, cut at the start to fit 120 columns).
            assertThat(status.out()).contains(location.substring(location.length() - 12));
            located++;
        }
        assertThat(located).isEqualTo(4);
        assertThat(root.get("exitCode").intValue()).isZero();
        assertThat(new BigDecimal(nightly.get("seconds").asText())).isEqualTo(nightly.get("seconds").decimalValue());
    }

    @Test
    void aRunThatDiedMakesStatusFailUntilAbandoned() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("rerun");
        List<String> db = db(url);

        Run nothing = juesuan(db, "rerun", "--failed");
        assertThat(nothing.exitCode()).as(nothing.err()).isZero();
        assertThat(nothing.out()).contains("没有记录").contains("请重新运行 import");

        Run imported = juesuan(db, "import", Samples.AGRICULTURE_XLS.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Run completed = juesuan(db, "rerun", "--failed");
        assertThat(completed.out()).contains("最近的批次 #1 完成").contains("若某次 import 在开始前被中止")
                .contains("请重新运行 import").doesNotContain("every import run completed");

        // What a kill -9 right after Spring Batch recorded the run leaves: an execution STARTED, no owner, no items.
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
                    + "VALUES (900, 0, 'importJob', 'killed-at-start')");
            s.execute("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, "
                    + "START_TIME, STATUS, EXIT_CODE, LAST_UPDATED) VALUES (900, 1, 900, NOW(3), NOW(3), 'STARTED', "
                    + "'UNKNOWN', NOW(3))");
        }
        Run died = juesuan(db, "status");
        assertThat(died.exitCode()).as(died.out()).isEqualTo(1);
        assertThat(died.out()).contains("批次 #900 未完成（进行中）：进程已不在").contains("rerun --abandon 900");
        assertThat(juesuan(db, "status", "--format", "json").exitCode()).isEqualTo(1);

        assertThat(juesuan(db, "rerun", "--abandon", "1").exitCode()).isEqualTo(2); // completed: nothing to abandon
        Run abandoned = juesuan(db, "rerun", "--abandon", "900");
        assertThat(abandoned.exitCode()).as(abandoned.err()).isZero();
        assertThat(abandoned.out()).contains("批次 #900 已放弃");

        Run after = juesuan(db, "status");
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(after.out()).doesNotContain("未完成").contains("#900  已放弃");
        assertThat(juesuan(db, "rerun", "--failed").out()).contains("最近的批次 #900 已放弃");
    }
}
