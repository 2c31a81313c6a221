package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker killed (SIGKILL) while it holds a partition, over the real RabbitMQ and MariaDB: two worker JVMs and a
 * manager JVM on a queue of this test's own. To kill the worker mid-partition, not before or after it, the test
 * holds one department's lock row (department_year, which every write of that department locks): the worker that
 * takes this department's submission claims it, locks its ledger row, reads and checks the workbook, and then waits
 * inside its transaction. The test kills it there, lets the lock go, and the run must still complete with every
 * submission written once — the killed worker's one by the other worker, handed over by the manager once the
 * killed one's heartbeat stopped.
 */
class RemoteWorkerLossTest {

    static final int SUBMISSIONS = 10;
    static final long FIRST_SEED = 9300;
    static final long BLOCKED_SEED = FIRST_SEED + 4;

    @TempDir
    Path work;

    @Test
    void aWorkerKilledMidPartitionIsReplacedAndEverySubmissionIsWrittenOnce() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("remotekill");
        String queue = "juesuan.test." + UUID.randomUUID();
        List<Path> files = GeneratedSubmissions.writeSmall(work.resolve("submissions"), SUBMISSIONS, FIRST_SEED);
        Path blockedFile = files.get((int) (BLOCKED_SEED - FIRST_SEED));
        DepartmentAccounts blocked = SampleGenerator.randomDepartment(BLOCKED_SEED);
        Map<String, String> env = RemoteProcesses.env(work, url, queue, Map.of("JUESUAN_REMOTE_HEARTBEAT", "1s",
                "JUESUAN_REMOTE_DEAD_AFTER", "6s", "JUESUAN_REMOTE_POLL_MILLIS", "300"));
        CliProcess worker1 = null;
        CliProcess worker2 = null;
        try (Connection lock = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD)) {
            holdDepartmentLock(lock, blocked);
            worker1 = CliProcess.start(work, env, "[worker 1] ", "worker", "--threads", "1");
            worker2 = CliProcess.start(work, env, "[worker 2] ", "worker", "--threads", "1");
            for (CliProcess worker : List.of(worker1, worker2)) {
                RemoteProcesses.awaitListening(worker);
            }
            CliProcess manager = CliProcess.start(work, env, "[manager] ", "import", "--remote",
                    work.resolve("submissions").toString());

            // The worker that took the blocked department's submission, inside its transaction (its ledger row locked).
            String holder = awaitHolder(url, blockedFile, Duration.ofMinutes(3));
            long itemId = Sql.number(url, "SELECT id FROM import_item WHERE source_path LIKE '%" + blockedFile.getFileName() + "'");
            awaitLedgerRowLocked(url, itemId, Duration.ofMinutes(1));
            CliProcess victim = holder.endsWith(":" + worker1.pid()) ? worker1 : worker2;
            CliProcess survivor = victim == worker1 ? worker2 : worker1;
            assertThat(holder).endsWith(":" + victim.pid());
            assertThat(Sql.strings(url, "SELECT state FROM import_item WHERE id = " + itemId)).containsExactly("PENDING");
            victim.kill();
            lock.rollback();

            assertThat(manager.awaitExit(Duration.ofMinutes(4))).as(manager.output()).isZero();
            assertThat(manager.output()).contains("审核通过 " + SUBMISSIONS + " 份，审核不通过 0 份，无法读取 0 份，内容未变 0 份");
            assertThat(manager.output()).contains("worker " + holder + " 已 6 秒没有心跳，视为失联")
                    .contains(blockedFile.toString());

            // Every submission once: one row per content, every ledger row LOADED, every partition COMPLETED.
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(DISTINCT sha256) FROM submission")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(DISTINCT department_name) FROM submission")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state = 'LOADED'")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'importSubmission:%' "
                    + "AND STATUS = 'COMPLETED'")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM v_fact"))
                    .isEqualTo(Sql.number(url, "SELECT SUM(fact_count) FROM submission"));
            long blockedId = Sql.number(url, "SELECT submission_id FROM import_item WHERE id = " + itemId);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission WHERE department_name = '"
                    + blocked.departmentName() + "'")).isEqualTo(1);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM fact WHERE submission_id = " + blockedId))
                    .isEqualTo(Sql.number(url, "SELECT fact_count FROM submission WHERE id = " + blockedId))
                    .isGreaterThan(100);

            // The killed worker's submission was written by the survivor, after one hand-over of its partition.
            assertThat(Sql.strings(url, "SELECT worker FROM import_item WHERE id = " + itemId).get(0))
                    .endsWith(":" + survivor.pid());
            assertThat(Sql.strings(url, "SELECT CONCAT(c.worker, ' ', c.handovers) FROM import_claim c "
                    + "JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id "
                    + "WHERE s.STEP_NAME = 'importSubmission:item-" + itemId + "'").get(0))
                    .endsWith(":" + survivor.pid() + " 1");
            assertThat(Sql.number(url, "SELECT SUM(handovers) FROM import_claim")).isEqualTo(1);
        } finally {
            for (CliProcess worker : new CliProcess[] {worker1, worker2}) {
                if (worker != null) {
                    worker.kill();
                }
            }
            RemoteQueues.delete(queue);
        }
    }

    /** The department's lock row, created as the first write would, and locked by this connection's transaction. */
    private static void holdDepartmentLock(Connection lock, DepartmentAccounts department) throws SQLException {
        try (PreparedStatement insert = lock.prepareStatement(
                "INSERT INTO department_year (department_name, fiscal_year, versions) VALUES (?, ?, 0)")) {
            insert.setString(1, department.departmentName());
            insert.setInt(2, department.fiscalYear());
            insert.executeUpdate();
        }
        lock.setAutoCommit(false);
        try (PreparedStatement select = lock.prepareStatement(
                "SELECT versions FROM department_year WHERE department_name = ? AND fiscal_year = ? FOR UPDATE")) {
            select.setString(1, department.departmentName());
            select.setInt(2, department.fiscalYear());
            select.executeQuery().close();
        }
    }

    /** The worker (host:pid) that claimed the partition of {@code file}. */
    private static String awaitHolder(String url, Path file, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> holders = Sql.strings(url, "SELECT c.worker FROM import_claim c "
                    + "JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id "
                    + "JOIN import_item i ON s.STEP_NAME = CONCAT('importSubmission:item-', i.id) "
                    + "WHERE i.source_path LIKE '%" + file.getFileName() + "'");
            if (!holders.isEmpty()) {
                return holders.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no worker claimed " + file + " within " + timeout);
    }

    /** Waits until another transaction holds the ledger row (a probe with a one-second lock wait times out). */
    private static void awaitLedgerRowLocked(String url, long itemId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection probe = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = probe.createStatement()) {
            s.execute("SET SESSION innodb_lock_wait_timeout = 1");
            probe.setAutoCommit(false);
            while (System.nanoTime() < deadline) {
                try {
                    s.executeQuery("SELECT id FROM import_item WHERE id = " + itemId + " FOR UPDATE").close();
                    probe.rollback();
                } catch (SQLException lockWaitTimeout) {
                    probe.rollback();
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no worker locked ledger row " + itemId + " within " + timeout);
    }
}
