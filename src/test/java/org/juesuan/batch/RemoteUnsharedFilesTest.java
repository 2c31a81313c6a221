package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers that cannot see the manager's files, over the real RabbitMQ and MariaDB: the manager runs alone until its
 * messages wait on the queue, then the submissions are moved away from the path it recorded, and only then a worker
 * starts. Sent in the messages, they load as the very same submissions; too large to send (ship-max-mb 0), the run
 * fails with the reason and leaves them pending.
 */
class RemoteUnsharedFilesTest {

    @TempDir
    Path work;

    @Test
    void aWorkerThatCannotSeeTheFilesLoadsTheBytesSentInTheMessages() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("remoteship");
        List<Path> files = GeneratedSubmissions.writeSmall(work.resolve("submissions"), 3, 9400);
        List<String> identities = new ArrayList<>();
        for (Path file : files) {
            identities.add(SubmissionSource.workbook(file).sha256());
        }
        String queue = "juesuan.test." + UUID.randomUUID();
        Map<String, String> env = env(url, queue);
        CliProcess worker = null;
        try {
            CliProcess manager = managerWithFilesMovedAway(env, queue, 3);
            worker = CliProcess.start(work, env, "[worker] ", "worker", "--threads", "1");

            assertThat(manager.awaitExit(Duration.ofMinutes(4))).as(manager.output()).isZero();
            assertThat(manager.output()).contains("审核通过 3 份，审核不通过 0 份，无法读取 0 份，内容未变 0 份");
            assertThat(Sql.strings(url, "SELECT sha256 FROM submission ORDER BY sha256"))
                    .containsExactlyElementsOf(identities.stream().sorted().toList());
            assertThat(Sql.strings(url, "SELECT source_path FROM submission ORDER BY source_path"))
                    .as("the manager's paths, not the worker's copies")
                    .containsExactlyElementsOf(files.stream().map(Path::toString).sorted().toList());
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state = 'LOADED'")).isEqualTo(3);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM v_fact"))
                    .isEqualTo(Sql.number(url, "SELECT SUM(fact_count) FROM submission")).isGreaterThan(300);
        } finally {
            if (worker != null) {
                worker.kill();
            }
            RemoteQueues.delete(queue);
        }
    }

    @Test
    void oneTooLargeToSendFailsTheRunSayingTheFolderIsNotShared() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("remoteunshared");
        Path file = GeneratedSubmissions.writeSmall(work.resolve("submissions"), 1, 9500).get(0);
        String queue = "juesuan.test." + UUID.randomUUID();
        Map<String, String> env = env(url, queue);
        env.put("JUESUAN_REMOTE_SHIP_MAX_MB", "0");
        CliProcess worker = null;
        try {
            CliProcess manager = managerWithFilesMovedAway(env, queue, 1);
            worker = CliProcess.start(work, env, "[worker] ", "worker", "--threads", "1");

            assertThat(manager.awaitExit(Duration.ofMinutes(4))).as(manager.output()).isEqualTo(3);
            assertThat(manager.output()).contains("在 worker 上处理失败：worker ")
                    .contains("读不到 " + file + "：这台机器看不到管理端的文件（目录未共享）")
                    .contains("超过 juesuan.remote.ship-max-mb，没有随消息发来")
                    .contains("rerun --failed")
                    .doesNotContain("Exception");
            assertThat(Sql.strings(url, "SELECT state FROM import_item")).containsExactly("PENDING");
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isZero();
        } finally {
            if (worker != null) {
                worker.kill();
            }
            RemoteQueues.delete(queue);
        }
    }

    private Map<String, String> env(String url, String queue) throws Exception {
        return RemoteProcesses.env(work, url, queue, Map.of("JUESUAN_REMOTE_HEARTBEAT", "1s",
                "JUESUAN_REMOTE_POLL_MILLIS", "300", "JUESUAN_REMOTE_NO_WORKER_WAIT", "300s"));
    }

    /** The manager, started with no worker; once all its messages wait on the queue, its folder is moved away. */
    private CliProcess managerWithFilesMovedAway(Map<String, String> env, String queue, int messages) throws Exception {
        CliProcess manager = CliProcess.start(work, env, "[manager] ", "import", "--remote",
                work.resolve("submissions").toString());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (RemoteQueues.ready(queue) < messages) {
            assertThat(System.nanoTime()).as(manager.output()).isLessThan(deadline);
            Thread.sleep(200);
        }
        Files.move(work.resolve("submissions"), work.resolve("elsewhere"));
        assertThat(Files.exists(work.resolve("submissions"))).isFalse();
        return manager;
    }
}
