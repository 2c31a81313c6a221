package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What status, query and report start (issue 15): no Spring Batch, RabbitMQ, task executor or Flyway — checked as
 * the classes a real `status` process loads — and what a user sees when the database is down (issue 16): nothing
 * on stdout, one Chinese line on stderr, exit code 3. Separate JVMs on the test classpath, with no logback-test.xml,
 * so the product's own logging configuration is what runs.
 */
class ReadingStartTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, List<String> stdout, List<String> stderr) {
    }

    private Run juesuan(Path workDir, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.juesuan.JuesuanApplication"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("JUESUAN_"));
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("juesuan ended").isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void databaseDownIsOneChineseLineOnStderrAndNothingOnStdout() throws Exception {
        // port 1 on the loopback: nothing listens there, the connection is refused at once
        String down = "jdbc:mysql://127.0.0.1:1/juesuan";
        for (String[] args : List.of(new String[] {"status", "--db-url", down},
                new String[] {"query", "--db-url", down, "SELECT 1"},
                new String[] {"import", "--db-url", down, dir.toString()})) {
            Run run = juesuan(dir, List.of(), args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(run.stdout()).as("stdout of " + args[0]).isEmpty();
            assertThat(run.stderr()).as("stderr of " + args[0]).hasSize(1);
            assertThat(run.stderr().get(0)).startsWith(args[0] + ": 无法连接数据库 jdbc:mysql://127.0.0.1:1/juesuan：")
                    .contains("juesuan.db.url").doesNotContain("Exception");
        }
        // the trace, and the log, only when asked for
        Run debug = juesuan(dir, List.of(), "status", "--db-url", down, "--debug");
        assertThat(debug.exitCode()).isEqualTo(3);
        assertThat(debug.stderr().size()).isGreaterThan(10);
        assertThat(String.join("\n", debug.stderr())).contains("at org.juesuan.cli.Warehouse");
    }

    @Test
    void statusLoadsNoBatchAmqpFlywayOrPoolClassesAndPathsComeFromTheConfigFile() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("install/conf"));
        Path config = conf.resolve("juesuan.properties");
        Files.writeString(config, """
                juesuan.db.url=jdbc:h2:file:../data/juesuan;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE
                juesuan.log.file=../logs/juesuan.log
                """);
        Path elsewhere = Files.createDirectories(dir.resolve("cron-starts-here"));

        Run first = juesuan(elsewhere, List.of(), "status", "--config", config.toString()); // creates the schema
        assertThat(first.exitCode()).as(first.stderr().toString()).isZero();
        assertThat(dir.resolve("install/data/juesuan.mv.db")).as("database beside the config file").exists();
        assertThat(dir.resolve("install/logs/juesuan.log")).exists();
        assertThat(elsewhere.resolve("data")).doesNotExist();
        assertThat(elsewhere.resolve("logs")).doesNotExist();

        Path loaded = dir.resolve("classes.txt");
        Run status = juesuan(elsewhere, List.of("-Xlog:class+load=info:file=" + loaded), "status",
                "--config", config.toString());
        assertThat(status.exitCode()).as(status.stderr().toString()).isZero();
        assertThat(status.stdout()).contains("最近的导入批次：").allSatisfy(line -> assertThat(line).doesNotContain(" WARN ",
                " INFO ", "org.springframework"));
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes).anyMatch(line -> line.contains(" org.juesuan.ops.StatusReport "));
        assertThat(classes).noneMatch(line -> line.contains(" org.springframework.batch.")
                || line.contains(" com.rabbitmq.") || line.contains(" org.springframework.amqp.")
                || line.contains(" org.flywaydb.") || line.contains(" com.zaxxer.hikari.")
                || line.contains(" org.springframework.scheduling.concurrent."));
        // nor Spring's application context, nor Jackson for a text status: the JDBC connection and the services only
        assertThat(classes).noneMatch(line -> line.contains(" org.springframework.boot.SpringApplication ")
                || line.contains(" org.springframework.context.support.") || line.contains(" com.fasterxml.jackson."));
    }

    @Test
    void aNewDatabaseIsMigratedByTheFullStartThenReadWithoutIt() throws Exception {
        DatabaseOptions db = new DatabaseOptions();
        db.url = "jdbc:h2:file:" + dir.resolve("warehouse") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        LaunchOptions.reset();
        for (int run = 0; run < 2; run++) { // a new database (migrated by the full start first), then a current one
            try (ReadingWarehouse warehouse = Warehouse.openForReading(db)) {
                assertThat(SchemaVersion.isCurrent(warehouse.dataSource())).as("run " + run).isTrue();
                assertThat(warehouse.statusReport().read(5).runs()).isEmpty();
                assertThat(warehouse.query().run("SELECT COUNT(*) FROM submission", 10, 10).rows())
                        .containsExactly(java.util.List.of(0L));
            }
        }
    }
}
