package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning over the real RabbitMQ (127.0.0.1:5672): a manager (`import --remote`) and
 * two workers (`worker`), three JVMs sharing the JobRepository and warehouse on MariaDB, on a
 * queue of this test's own. Every submission is loaded exactly once, by a worker, and both
 * workers take part.
 */
class RemotePartitioningTest {

    static final int SUBMISSIONS = 16;

    @TempDir
    Path work;

    @Test
    void aManagerAndTwoWorkersLoadEverySubmissionOnce() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("remote");
        String queue = "juesuan.test." + UUID.randomUUID();
        GeneratedSubmissions.writeSmall(work.resolve("submissions"), SUBMISSIONS, 9100);
        Map<String, String> env = RemoteProcesses.env(work, url, queue, Map.of());
        CliProcess worker1 = null;
        CliProcess worker2 = null;
        try {
            worker1 = CliProcess.start(work, env, "[worker 1] ", "worker", "--threads", "1");
            worker2 = CliProcess.start(work, env, "[worker 2] ", "worker", "--threads", "1");
            for (CliProcess worker : List.of(worker1, worker2)) {
                RemoteProcesses.awaitListening(worker);
            }
            CliProcess manager = CliProcess.start(work, env, "[manager] ", "import", "--remote",
                    work.resolve("submissions").toString());
            assertThat(manager.awaitExit(Duration.ofMinutes(4))).as(manager.output()).isZero();
            assertThat(manager.output()).contains("审核通过 " + SUBMISSIONS + " 份，审核不通过 0 份，无法读取 0 份，内容未变 0 份");

            // Every submission once, each by one of the two workers, both of which worked.
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state = 'LOADED'")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(DISTINCT department_name) FROM v_fact")).isEqualTo(SUBMISSIONS);
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM v_fact"))
                    .isEqualTo(Sql.number(url, "SELECT SUM(fact_count) FROM submission"));
            List<String> workers = Sql.strings(url, "SELECT DISTINCT worker FROM import_item ORDER BY worker");
            assertThat(workers).hasSize(2);
            long pid1 = worker1.pid();
            long pid2 = worker2.pid();
            assertThat(workers).allMatch(w -> w.endsWith(":" + pid1) || w.endsWith(":" + pid2));
            assertThat(Sql.number(url, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'importSubmission:%' "
                    + "AND STATUS = 'COMPLETED'")).isEqualTo(SUBMISSIONS);
        } finally {
            for (CliProcess worker : new CliProcess[] {worker1, worker2}) {
                if (worker != null) {
                    worker.kill();
                }
            }
            RemoteQueues.delete(queue);
        }
    }
}
