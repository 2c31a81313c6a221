package org.juesuan.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.load.RemoteWorkers;
import org.juesuan.model.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager's side of remote mode: one message per partition on the queue (with the submission's bytes up to
 * {@code juesuan.remote.ship-max-mb}, so workers need not share the manager's folders), then it watches the
 * JobRepository until every partition has ended, and meanwhile the workers:
 * <ul>
 * <li>a partition whose worker's heartbeat stopped ({@code dead-after}) is sent again, once per lost holder; the
 *     next live worker takes the claim over and runs it, and the ledger keeps its submission to one load;</li>
 * <li>no live worker on the queue for {@code no-worker-wait}: the manager gives up with the reason, the run
 *     ends FAILED with its ledger rows PENDING, for `rerun --failed`.</li>
 * </ul>
 * A partition that failed on its worker fails the step with the worker's reason (the first such), not Spring
 * Batch's generic one.
 */
class RemotePartitionHandler extends AbstractPartitionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RemotePartitionHandler.class);

    /** The run cannot go on in remote mode now; its message is for the operator. */
    static class RemoteRunException extends IllegalStateException {
        RemoteRunException(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** How the manager waits: poll interval, when a silent worker is dead, how long to wait for any worker. */
    record Timing(Duration poll, Duration deadAfter, Duration noWorkerWait) {
    }

    private final RabbitTemplate rabbit;
    private final String queue;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final RemoteWorkers workers;
    private final Timing timing;
    private final long shipMaxBytes;
    private final PrintStream out = System.out;

    RemotePartitionHandler(RabbitTemplate rabbit, String queue, JobRepository jobRepository, JdbcTemplate jdbc,
                           RemoteWorkers workers, Timing timing, long shipMaxBytes) {
        this.rabbit = rabbit;
        this.queue = queue;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.workers = workers;
        this.timing = timing;
        this.shipMaxBytes = shipMaxBytes;
        setGridSize(1); // the partitioner makes one partition per submission whatever the grid
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        if (partitions.isEmpty()) {
            return partitions;
        }
        Map<Long, StepExecution> byId = new LinkedHashMap<>();
        for (StepExecution partition : partitions) {
            byId.put(partition.getId(), partition);
            send(partition);
        }
        long jobExecutionId = manager.getJobExecutionId();
        Map<Long, String> handedOverFrom = new HashMap<>();
        long noWorkerSince = -1;
        while (running(jobExecutionId) > 0) {
            Thread.sleep(timing.poll().toMillis());
            if (workers.alive(queue, timing.deadAfter()) == 0) {
                if (noWorkerSince < 0) {
                    noWorkerSince = System.nanoTime();
                    out.println(Messages.text("remote.waiting-for-worker", queue, timing.noWorkerWait().toSeconds()));
                } else if (System.nanoTime() - noWorkerSince >= timing.noWorkerWait().toNanos()) {
                    throw new RemoteRunException(Messages.text("remote.no-worker", queue,
                            timing.noWorkerWait().toSeconds(), manager.getJobExecution().getJobInstance().getInstanceId(),
                            running(jobExecutionId)));
                }
            } else {
                noWorkerSince = -1;
            }
            for (RemoteWorkers.Lost lost : workers.lost(jobExecutionId, timing.deadAfter())) {
                StepExecution partition = byId.get(lost.stepExecutionId());
                if (partition != null && !lost.worker().equals(handedOverFrom.get(lost.stepExecutionId()))) {
                    handedOverFrom.put(lost.stepExecutionId(), lost.worker());
                    out.println(Messages.text("remote.handed-over", lost.worker(), timing.deadAfter().toSeconds(),
                            String.join("、", sources(partition))));
                    send(partition);
                }
            }
        }
        Set<StepExecution> ended = new HashSet<>();
        for (long id : byId.keySet()) {
            ended.add(jobRepository.getStepExecution(id));
        }
        ended.stream().filter(e -> e.getStatus() == BatchStatus.FAILED).findFirst().ifPresent(failed -> {
            throw new RemoteRunException(Messages.text("remote.partition-failed", String.join("、", sources(failed)),
                    reason(failed.getExitStatus().getExitDescription())));
        });
        return ended;
    }

    private int running(long jobExecutionId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "AND STEP_NAME LIKE ? AND STATUS IN ('STARTING', 'STARTED', 'STOPPING')", Integer.class,
                jobExecutionId, ImportJobConfiguration.WORKER_STEP + ":%");
        return n == null ? 0 : n;
    }

    private void send(StepExecution partition) {
        List<PartitionRequest.Item> items = new java.util.ArrayList<>();
        for (long itemId : SubmissionPartitions.itemIds(partition.getExecutionContext())) {
            items.add(SubmissionFiles.ship(itemId, workers.sourcePath(itemId), shipMaxBytes));
        }
        PartitionRequest request = new PartitionRequest(ImportJobConfiguration.WORKER_STEP, partition.getId(), items);
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_BYTES);
        rabbit.send("", queue, new Message(request.encode(), properties));
        LOG.debug("partition {} sent to {}", partition.getId(), queue);
    }

    private List<String> sources(StepExecution partition) {
        List<String> paths = new java.util.ArrayList<>();
        for (long itemId : SubmissionPartitions.itemIds(partition.getExecutionContext())) {
            paths.add(workers.sourcePath(itemId));
        }
        return paths;
    }

    /** The first line of a failed step's exit description, without the exception's class name. */
    static String reason(String exitDescription) {
        if (exitDescription == null || exitDescription.isBlank()) {
            return "";
        }
        String first = exitDescription.strip().lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        return colon > 0 && first.substring(0, colon).matches("[\\w.$]+") ? first.substring(colon + 2) : first;
    }
}
