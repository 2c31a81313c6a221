package org.juesuan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.juesuan.load.RemoteWorkers;
import org.juesuan.ops.ProcessIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;

/**
 * A worker's side of one partition message: runs the partition's step (the very {@code importSubmission} of local
 * mode) when it is still to be run and this worker could claim it. Every other copy of a message is a no-op: the
 * partition already ended (a redelivery after its worker finished, a message of a run the manager gave up), or a
 * live worker holds it. Never throws to the listener, so a message is acknowledged once handled, whatever the
 * partition's outcome (which the step records in the JobRepository, where the manager reads it).
 */
class RemotePartitionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RemotePartitionWorker.class);

    private final JobRepository jobRepository;
    private final StepLocator steps;
    private final RemoteWorkers workers;
    private final SubmissionFiles files;
    private final Duration deadAfter;
    private final String me = ProcessIdentity.name();
    /** Partitions this process is running: a second copy arriving on another consumer thread waits for nothing. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    RemotePartitionWorker(JobRepository jobRepository, StepLocator steps, RemoteWorkers workers, SubmissionFiles files,
                          Duration deadAfter) {
        this.jobRepository = jobRepository;
        this.steps = steps;
        this.workers = workers;
        this.files = files;
        this.deadAfter = deadAfter;
    }

    void handle(byte[] body) {
        PartitionRequest request;
        try {
            request = PartitionRequest.decode(body);
        } catch (RuntimeException e) {
            LOG.error("a message that is not a partition request was dropped ({} bytes)", body.length, e);
            return;
        }
        long id = request.stepExecutionId();
        if (!running.add(id)) {
            LOG.info("partition {} is already running in this worker: copy ignored", id);
            return;
        }
        try {
            if (toRun(id) == null) {
                return;
            }
            if (!workers.claim(id, me, deadAfter)) {
                LOG.info("partition {} is held by live worker {}: copy ignored", id, workers.holder(id).orElse("?"));
                return;
            }
            StepExecution execution = toRun(id); // read again: the last holder may have moved it on meanwhile
            if (execution != null) {
                run(request, execution);
            }
        } catch (RuntimeException e) {
            LOG.error("partition {} could not be run", id, e);
        } finally {
            running.remove(id);
        }
    }

    /** The partition's execution if it is still to run, else null (it ended, or its run is no longer going). */
    private StepExecution toRun(long id) {
        StepExecution execution = jobRepository.getStepExecution(id);
        if (execution == null) {
            LOG.warn("partition {} is not in this database: message ignored", id);
            return null;
        }
        if (!execution.getStatus().isRunning() || !execution.getJobExecution().getStatus().isRunning()) {
            LOG.info("partition {} is {} (its run {}): message ignored", id, execution.getStatus(),
                    execution.getJobExecution().getStatus());
            return null;
        }
        return execution;
    }

    private void run(PartitionRequest request, StepExecution execution) {
        Step step = steps.getStep(request.stepName());
        Path dir;
        try {
            dir = Files.createTempDirectory("juesuan-partition-");
        } catch (IOException e) {
            throw new IllegalStateException("no temporary folder for the partition's files", e);
        }
        try {
            files.receive(request, dir);
            step.execute(execution); // records its own outcome, failure included
        } catch (Exception e) {
            LOG.error("partition {} failed", execution.getId(), e);
            if (execution.getStatus().isRunning()) { // failed before the step could record it: record it here
                execution.addFailureException(e);
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription(e));
                execution.setEndTime(LocalDateTime.now());
                jobRepository.update(execution);
            }
        } finally {
            files.forget(request, dir);
        }
    }
}
