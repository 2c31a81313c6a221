package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `import --remote` with no worker alive, over the real RabbitMQ and MariaDB: after the bounded wait the manager
 * gives up with the reason in Chinese and exit code 3, the ledger rows stay PENDING. The messages it left on the
 * queue are harmless: a worker started afterwards takes them and does nothing (their run has ended). `rerun --failed
 * --remote` then finishes the run, each submission once.
 */
class RemoteNoWorkerTest {

    @TempDir
    Path work;

    @Test
    void theManagerGivesUpWhenNoWorkerIsAliveAndRerunFinishesTheRun() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("remotenone");
        GeneratedSubmissions.writeSmall(work.resolve("submissions"), 2, 9600);
        String queue = "juesuan.test." + UUID.randomUUID();
        Map<String, String> env = RemoteProcesses.env(work, url, queue, Map.of("JUESUAN_REMOTE_HEARTBEAT", "1s",
                "JUESUAN_REMOTE_POLL_MILLIS", "300", "JUESUAN_REMOTE_NO_WORKER_WAIT", "5s"));
        CliProcess worker = null;
        try {
            long started = System.nanoTime();
            CliProcess manager = CliProcess.start(work, env, "[manager] ", "import", "--remote",
                    work.resolve("submissions").toString());
            assertThat(manager.awaitExit(Duration.ofMinutes(3))).as(manager.output()).isEqualTo(3);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(5));
            assertThat(manager.output())
                    .contains("远程导入：队列 " + queue + " 上没有在运行的 worker（心跳），最多再等 5 秒")
                    .contains("远程导入：队列 " + queue + " 上 5 秒内没有任何在运行的 worker（没有心跳），已停止等待；"
                            + "批次 #1 还有 2 份报表未处理")
                    .contains("请启动 worker（juesuan worker）后运行 juesuan rerun --failed 完成这一批次")
                    .doesNotContain("Exception");
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state = 'PENDING'")).isEqualTo(2);
            assertThat(Sql.strings(url, "SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("FAILED");
            assertThat(RemoteQueues.ready(queue)).as("the run's messages wait on the queue").isEqualTo(2);

            // A worker started now finds the two messages of a run that ended: no-ops.
            worker = CliProcess.start(work, env, "[worker] ", "worker", "--threads", "1");
            RemoteProcesses.awaitListening(worker);
            Path log = work.resolve("logs/juesuan.log");
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (ignored(log) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(ignored(log)).as("messages of the ended run, ignored by the worker").isEqualTo(2);
            assertThat(RemoteQueues.ready(queue)).isZero();
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isZero();
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_claim")).isZero();

            CliProcess rerun = CliProcess.start(work, env, "[rerun] ", "rerun", "--failed", "--remote");
            assertThat(rerun.awaitExit(Duration.ofMinutes(4))).as(rerun.output()).isZero();
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state = 'LOADED'")).isEqualTo(2);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isEqualTo(2);
            assertThat(Sql.number(url, "SELECT COUNT(DISTINCT sha256) FROM submission")).isEqualTo(2);
            assertThat(Sql.strings(url, "SELECT DISTINCT worker FROM import_item")).singleElement()
                    .asString().endsWith(":" + worker.pid());
        } finally {
            if (worker != null) {
                worker.kill();
            }
            RemoteQueues.delete(queue);
        }
    }

    private static long ignored(Path log) throws Exception {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("is STARTING (its run FAILED): message ignored")).count();
        }
    }
}
