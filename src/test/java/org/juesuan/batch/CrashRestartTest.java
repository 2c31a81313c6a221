package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly run survives kill -9: 200 generated submissions are imported from an inbox by the
 * CLI in a child JVM, which is killed with SIGKILL at random moments (during start-up, planning,
 * loading, archiving — wherever the dice fall), then `rerun --failed` until the run completes.
 * The warehouse must then equal a clean, uninterrupted run's: v_fact row count and checksum, every
 * submission loaded exactly once, nothing left pending, every file moved to archive/.
 */
class CrashRestartTest {

    static final int SUBMISSIONS = 200;
    static final int KILLS = 5;

    @TempDir
    Path work;

    record KillPoint(int attempt, String command, long progressLines, long millisAfterStart, long settledAfterKill) {
    }

    @Test
    void killedAtRandomMomentsAndRerunItEqualsACleanRun() throws Exception {
        Path crashDir = work.resolve("crash");
        Path cleanDir = work.resolve("clean");
        GeneratedSubmissions.writeSmall(crashDir.resolve("inbox"), SUBMISSIONS, 5000);
        GeneratedSubmissions.copy(crashDir.resolve("inbox"), cleanDir.resolve("inbox"));
        String crashUrl = MariaDbTestDatabase.freshUrl("crash");
        String cleanUrl = MariaDbTestDatabase.freshUrl("crashclean");

        // The reference: the same files, imported without interruption (in this JVM: one start-up less).
        assertThat(org.juesuan.cli.JuesuanCli.execute("import", cleanDir.resolve("inbox").toString(),
                "--db-url", cleanUrl, "--db-user", MariaDbTestDatabase.USER, "--db-password", MariaDbTestDatabase.PASSWORD))
                .isZero();
        WarehouseSnapshot expected = WarehouseSnapshot.of(cleanUrl);
        assertThat(expected.departments()).isEqualTo(SUBMISSIONS);

        // The schema is created first (`status`): Flyway's DDL on MySQL is not transactional, so a
        // kill in the middle of the very first migration is a different story (README).
        CliProcess migrate = CliProcess.start(crashDir, Sql.env(crashUrl), "[schema] ", "status");
        assertThat(migrate.awaitExit(Duration.ofMinutes(2))).as(migrate.output()).isZero();

        Random dice = new Random(System.nanoTime());
        List<KillPoint> kills = new ArrayList<>();
        for (int attempt = 1; attempt <= KILLS; attempt++) {
            String command = Sql.number(crashUrl, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE") == 0 ? "import" : "rerun";
            // Restarts alternate between `rerun --failed` and `rerun ID` (there is one run).
            String[] args = command.equals("import") ? new String[] {"import"}
                    : attempt % 2 == 0 ? new String[] {"rerun", "--failed"}
                    : new String[] {"rerun", Long.toString(Sql.number(crashUrl, "SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE"))};
            command = String.join(" ", args);
            CliProcess run = CliProcess.start(crashDir, Sql.env(crashUrl), "[attempt " + attempt + "] ", args);
            long started = System.nanoTime();
            // Attempt 1 dies during start-up or planning (a random moment, at the latest as the first
            // submission settles); the others after a random number of submissions, a random fraction
            // of a second into the next one — at most 4 × 29 of the 200, so every kill lands mid-run
            // however fast the machine is.
            if (attempt == 1) {
                run.awaitLines(l -> l.startsWith("["), 1, Duration.ofMillis(1000 + dice.nextInt(7000)));
            } else {
                run.awaitLines(l -> l.startsWith("["), dice.nextInt(1, 30), Duration.ofMinutes(2));
                Thread.sleep(dice.nextInt(300));
            }
            long progress = run.count(l -> l.startsWith("["));
            run.kill();
            long settled = settled(crashUrl);
            kills.add(new KillPoint(attempt, command, progress, (System.nanoTime() - started) / 1_000_000, settled));
        }
        int reruns = 0;
        int exit;
        do {
            boolean planned = Sql.number(crashUrl, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE") > 0;
            CliProcess last = planned
                    ? CliProcess.start(crashDir, Sql.env(crashUrl), "[final] ", "rerun", "--failed")
                    : CliProcess.start(crashDir, Sql.env(crashUrl), "[final] ", "import");
            exit = last.awaitExit(Duration.ofMinutes(5));
            reruns++;
        } while (exit != 0 && reruns < 3);

        System.out.println("crash test kill points (attempt, command, progress lines seen, ms after start, "
                + "submissions settled at the kill):");
        kills.forEach(k -> System.out.println("  " + k));
        WarehouseSnapshot actual = WarehouseSnapshot.of(crashUrl);
        System.out.println("clean run: " + expected + "\ncrashed and rerun: " + actual + " after " + reruns
                + " final rerun(s)");

        assertThat(exit).isZero();
        assertThat(actual).isEqualTo(expected);
        // The run completed; no attempt is left unfinished.
        assertThat(Sql.strings(crashUrl, "SELECT e.STATUS FROM BATCH_JOB_EXECUTION e WHERE e.JOB_EXECUTION_ID = "
                + "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)")).containsExactly("COMPLETED");
        assertThat(Sql.number(crashUrl, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(kills).filteredOn(k -> k.settledAfterKill() > 0 && k.settledAfterKill() < SUBMISSIONS).hasSizeGreaterThanOrEqualTo(3);
        // Exactly once: one loaded submission per department, none twice, none missing, none pending.
        assertThat(Sql.number(crashUrl, "SELECT COUNT(*) FROM submission WHERE content_key IS NOT NULL"))
                .isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(crashUrl, "SELECT COUNT(DISTINCT department_name) FROM submission "
                + "WHERE content_key IS NOT NULL")).isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(crashUrl, "SELECT COUNT(*) FROM submission")).isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(crashUrl, "SELECT COUNT(*) FROM import_item WHERE state NOT IN "
                + "('LOADED', 'LOADED_WITH_ERRORS') OR submission_id IS NULL")).isZero();
        assertThat(Sql.number(crashUrl, "SELECT COUNT(*) FROM import_item")).isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(crashUrl, "SELECT COUNT(*) FROM fact")).isEqualTo(expected.rows());
        // Nothing lost on disk: the inbox is empty and every file is in archive/.
        try (Stream<Path> left = Files.list(crashDir.resolve("inbox"));
             Stream<Path> archived = Files.walk(crashDir.resolve("archive"))) {
            assertThat(left).isEmpty();
            assertThat(archived.filter(Files::isRegularFile).count()).isEqualTo(SUBMISSIONS);
        }
        assertThat(kills).hasSize(KILLS);
    }

    private static long settled(String url) throws Exception {
        try {
            return Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state <> 'PENDING'");
        } catch (java.sql.SQLException e) {
            return 0; // killed before the schema existed
        }
    }
}
