package org.juesuan.batch;

import org.juesuan.model.Messages;
import org.juesuan.ops.ProcessIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.juesuan.load.ImportLedger;
import org.juesuan.load.ItemState;
import org.juesuan.load.LedgerItem;
import org.juesuan.load.WarehouseWriter;
import org.juesuan.load.WarehouseWriter.Written;
import org.juesuan.model.Submission;
import org.juesuan.ops.ProgressLine;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionAnalyzer;
import org.juesuan.submission.SubmissionSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Step 2's work on one partition: its submissions one by one, each in one transaction together
 * with its ledger row and Spring Batch's own bookkeeping. Locks the ledger row first; a row already settled (an
 * earlier attempt committed, then died before Spring Batch marked the partition complete) is left
 * alone. Same content already loaded: skipped as UNCHANGED, without reading the workbook.
 */
public class ImportSubmissionTasklet implements Tasklet {

    private final ImportLedger ledger;
    private final SubmissionAnalyzer analyzer;
    private final WarehouseWriter warehouse;
    private final ProgressLine progress;
    private final ImportOptions options;
    private final TransactionTemplate savepoint;
    private final SubmissionFiles files;
    /** The run's number of submissions, for the progress line: fixed once planned, so asked once per partition. */
    private Integer total;

    public ImportSubmissionTasklet(ImportLedger ledger, SubmissionAnalyzer analyzer, WarehouseWriter warehouse,
                                   ProgressLine progress, ImportOptions options,
                                   PlatformTransactionManager transactionManager, SubmissionFiles files) {
        this.files = files;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.ledger = ledger;
        this.analyzer = analyzer;
        this.warehouse = warehouse;
        this.progress = progress;
        this.options = options;
    }

    /**
     * One submission of the partition per call, each in its own transaction (the step's chunk); the index of the
     * next one is saved in the step's context in that same transaction, so a restart resumes where it stopped.
     */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        long[] items = SubmissionPartitions.itemIds(context);
        int next = context.getInt(SubmissionPartitions.NEXT, 0);
        if (next < items.length) {
            importOne(items[next], contribution, step.getJobExecutionId());
        }
        context.putInt(SubmissionPartitions.NEXT, next + 1);
        return next + 1 < items.length ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    private void importOne(long itemId, StepContribution contribution, long jobExecutionId) {
        LedgerItem item = ledger.lock(itemId);
        if (item.state().settled()) {
            return;
        }
        Instant started = Instant.now();
        Optional<SubmissionSource> found = files.find(item);
        if (found.isEmpty()) {
            settle(item, ItemState.MISSING, null, null, Messages.text("import.missing.detail", item.sourcePath()),
                    jobExecutionId, started);
            return;
        }
        SubmissionSource source = found.get();
        Optional<Written> same = options.dryRun() ? Optional.empty() : sha256(source).flatMap(warehouse::loadedWithContent);
        if (same.isPresent()) {
            settle(item, ItemState.UNCHANGED, sha256(source).orElse(null), same.get().submissionId(),
                    same.get().detail(), jobExecutionId, started);
            return;
        }
        Submission submission = analyzer.analyze(source, options);
        Written stored;
        try {
            stored = savepoint.execute(status -> warehouse.write(submission, jobExecutionId, options.dryRun(), started,
                    source.lastModified()));
        } catch (DataAccessException e) {
            if (StopWhenDatabaseIsLost.databaseLost(e)) {
                throw e; // infrastructure: the run stops, `rerun --failed` resumes here
            }
            // The warehouse refused this one submission (a value too long for its column, say):
            // back to the savepoint, record it as refused, and let the night go on.
            submission.reject(Messages.text("refusal.not-stored", source.displayName(), ImportLauncher.rootMessage(e)));
            stored = warehouse.write(submission, jobExecutionId, options.dryRun(), started, source.lastModified());
        }
        Written written = stored;
        ledger.settle(item.id(), written.state(), submission.sha256(), written.submissionId(), written.detail(),
                jobExecutionId, ProcessIdentity.name());
        contribution.incrementWriteCount(1);
        int total = total(item.runId());
        String unchanged = written.state() == ItemState.UNCHANGED ? written.detail() : null;
        afterCommit(() -> progress.print(item.runId(), total, written.submissionId(), submission, unchanged,
                Duration.between(started, Instant.now())));
    }

    private void settle(LedgerItem item, ItemState state, String sha256, Long submissionId, String detail,
                        long jobExecutionId, Instant started) {
        ledger.settle(item.id(), state, sha256, submissionId, detail, jobExecutionId, ProcessIdentity.name());
        int total = total(item.runId());
        afterCommit(() -> progress.print(item.runId(), total, item.sourcePath(), state.name(), detail,
                Duration.between(started, Instant.now())));
    }

    private int total(long runId) {
        if (total == null) {
            total = ledger.total(runId);
        }
        return total;
    }

    /** A progress line says what is in the warehouse: it is printed once the transaction committed. */
    private static void afterCommit(Runnable print) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                print.run();
            }
        });
    }

    private static Optional<String> sha256(SubmissionSource source) {
        try {
            return Optional.of(source.sha256());
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: the analysis names why
        }
    }
}
