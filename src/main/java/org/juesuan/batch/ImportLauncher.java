package org.juesuan.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.juesuan.load.ImportLedger;
import org.juesuan.ops.UnfinishedRuns;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.InboxFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** Starts import runs, restarts unfinished ones, and reads back what each amounted to. */
@Component
public class ImportLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ImportLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job importJob;
    private final ImportLedger ledger;
    private final UnfinishedRuns unfinishedRuns;
    private final CrashedRunRecovery recovery;

    public ImportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job importJob, ImportLedger ledger,
                          UnfinishedRuns unfinishedRuns, CrashedRunRecovery recovery) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.importJob = importJob;
        this.ledger = ledger;
        this.unfinishedRuns = unfinishedRuns;
        this.recovery = recovery;
    }

    /** Imports the submissions under explicit PATHs; the files stay where they are. */
    public ImportOutcome run(List<Path> paths, ImportOptions options) {
        return launch(parameters(paths, options).toJobParameters());
    }

    /** The nightly run: imports the inbox, then moves each submission to archive/ or rejected/. */
    public ImportOutcome runInbox(InboxFolders folders, ImportOptions options) {
        return launch(parameters(List.of(folders.inbox()), options)
                .addString(ImportJobConfiguration.INBOX, folders.inbox().toString())
                .addString(ImportJobConfiguration.ARCHIVE, folders.archive().toString(), false)
                .addString(ImportJobConfiguration.REJECTED, folders.rejected().toString(), false)
                .toJobParameters());
    }

    /** A run restarted, or why it cannot be. */
    public record Rerun(long runId, ImportOutcome outcome, String refusal) {
    }

    /** Restarts every run whose last attempt failed or whose process died (`rerun --failed`). */
    public List<Rerun> rerunFailed() {
        List<Rerun> reruns = new ArrayList<>();
        for (UnfinishedRuns.Unfinished run : unfinishedRuns.unfinished()) {
            reruns.add(rerun(run));
        }
        return reruns;
    }

    /** Restarts one run (`rerun ID`); empty when it has nothing left to do. */
    public Optional<Rerun> rerun(long runId) {
        return unfinishedRuns.unfinished(runId).map(this::rerun);
    }

    private Rerun rerun(UnfinishedRuns.Unfinished run) {
        Optional<String> running = unfinishedRuns.stillRunning(run);
        if (running.isPresent()) {
            return new Rerun(run.runId(), null, running.get());
        }
        recovery.markFailed(run.runId());
        JobParameters parameters = jobRepository.getJobExecution(run.lastExecutionId()).getJobParameters();
        LOG.info("restarting import run #{} (last attempt {} ended {})", run.runId(), run.lastExecutionId(), run.status());
        return new Rerun(run.runId(), launch(parameters), null);
    }

    /**
     * Gives up on a run that did not complete (`rerun --abandon ID`): its last attempt is marked ABANDONED, Spring
     * Batch will not restart it, and `status` no longer lists it as unfinished. What it loaded stays loaded.
     *
     * @return why it cannot be abandoned (no such unfinished run, still running), or empty when it was
     */
    public Optional<String> abandon(long runId) {
        Optional<UnfinishedRuns.Unfinished> run = unfinishedRuns.unfinished(runId);
        if (run.isEmpty()) {
            return Optional.of("批次 #" + runId + " 不是未完成的批次（已完成、已放弃，或没有这个批次）");
        }
        Optional<String> running = unfinishedRuns.stillRunning(run.get());
        if (running.isPresent()) {
            return running;
        }
        recovery.markFailed(runId);
        try {
            jobOperator.abandon(run.get().lastExecutionId());
        } catch (Exception e) {
            return Optional.of("批次 #" + runId + " 无法标记为放弃：" + rootMessage(e));
        }
        LOG.info("import run #{} abandoned (last attempt {})", runId, run.get().lastExecutionId());
        return Optional.empty();
    }

    private static JobParametersBuilder parameters(List<Path> paths, ImportOptions options) {
        List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return new JobParametersBuilder()
                .addString(ImportJobConfiguration.PATHS, absolute.stream().map(Path::toString)
                        .collect(Collectors.joining(ImportJobConfiguration.PATH_SEPARATOR)))
                .addLong(ImportJobConfiguration.REQUESTED_AT, System.currentTimeMillis())
                .addLong(ImportJobConfiguration.YEAR, options.defaultYear() == null ? 0L : options.defaultYear().longValue())
                .addString(ImportJobConfiguration.DRY_RUN, Boolean.toString(options.dryRun()))
                .addString(ImportJobConfiguration.REJECT_ON_ERROR, Boolean.toString(options.rejectOnError()))
                .addString(ImportJobConfiguration.APPLY_RULES, Boolean.toString(options.applyRules()));
    }

    /**
     * Runs the job and reads back its outcome. An infrastructure failure (the database lost
     * mid-run) comes back as a failed outcome, not an exception: exit code 3.
     */
    private ImportOutcome launch(JobParameters parameters) {
        JobExecution execution;
        try {
            execution = jobOperator.start(importJob, parameters);
        } catch (Exception e) {
            LOG.debug("import run failed", e);
            return new ImportOutcome(0, 0, BatchStatus.FAILED.name(), Map.of(), 0, rootMessage(e));
        }
        long runId = execution.getJobInstance().getInstanceId();
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null
                : execution.getAllFailureExceptions().stream().map(ImportLauncher::rootMessage).findFirst()
                        .orElse("the run ended " + execution.getStatus());
        try {
            return new ImportOutcome(runId, execution.getId(), execution.getStatus().name(), ledger.counts(runId),
                    ledger.facts(runId), failure);
        } catch (RuntimeException e) {
            return new ImportOutcome(runId, execution.getId(), execution.getStatus().name(), Map.of(), 0,
                    failure != null ? failure : rootMessage(e));
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + ": " + root;
    }
}
