package org.juesuan.batch;

import org.juesuan.load.ImportLedger;
import org.juesuan.ops.UnfinishedRuns;
import org.juesuan.load.WarehouseWriter;
import org.juesuan.ops.ProgressLine;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.InboxFolders;
import org.juesuan.submission.SubmissionAnalyzer;
import org.juesuan.submission.SubmissionFinder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The import job, read top to bottom:
 * <ol>
 * <li>{@code planStep}: find the submissions under the PATHs (or in the inbox) and write them into
 *     the run's ledger, all PENDING;</li>
 * <li>{@code importStep}: partitions of a few submissions ({@link SubmissionPartitions}; one each in
 *     remote mode), processed in parallel — locally by a thread pool sized to the cores, or (remote
 *     mode, {@link RemotePartitioningConfiguration}) by worker processes fed over RabbitMQ. Each
 *     submission is read, analysed and written in one transaction together with its ledger row
 *     ({@code importSubmission});</li>
 * <li>{@code archiveStep}: inbox runs move every settled submission to archive/ or rejected/.</li>
 * </ol>
 * A run killed anywhere is finished by restarting it (`rerun --failed`): completed steps and
 * partitions are skipped, and the ledger makes every submission land exactly once.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = UnfinishedRuns.IMPORT_JOB;
    public static final String WORKER_STEP = "importSubmission";
    public static final String PATHS = "paths";
    public static final String INBOX = "inbox";
    public static final String ARCHIVE = "archive";
    public static final String REJECTED = "rejected";
    public static final String REQUESTED_AT = "requestedAt";
    public static final String YEAR = "year";
    public static final String DRY_RUN = "dryRun";
    public static final String REJECT_ON_ERROR = "rejectOnError";
    public static final String APPLY_RULES = "applyRules";
    /** Separates the PATHs inside the one job parameter that carries them. */
    public static final String PATH_SEPARATOR = "\n";
    /** Who processes the partitions: none (this process), manager or worker (remote mode). */
    public static final String REMOTE_ROLE = "juesuan.remote.role";

    @Bean
    public Job importJob(JobRepository jobRepository, Step planStep, Step importStep, Step archiveStep,
                         ImportLedger ledger) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RunOwnerListener(ledger))
                .start(planStep)
                .next(importStep)
                .next(archiveStep)
                .build();
    }

    // 1. Plan

    @Bean
    public Step planStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PlanRun planRun) {
        return new StepBuilder("planStep", jobRepository).tasklet(planRun, transactionManager).build();
    }

    @Bean
    @StepScope
    public PlanRun planRun(SubmissionFinder finder, ImportLedger ledger,
                           @Value("#{jobParameters['paths']}") String paths,
                           @Value("#{jobParameters['inbox']}") String inbox,
                           @Value("#{jobParameters['archive']}") String archive,
                           @Value("#{jobParameters['rejected']}") String rejected) {
        return new PlanRun(finder, ledger, paths, inbox == null ? null : InboxFolders.of(inbox, archive, rejected));
    }

    // 2. Import, partitions of a few submissions

    @Bean
    public Step importStep(JobRepository jobRepository, SubmissionPartitions partitioner,
                           PartitionHandler partitionHandler) {
        return new StepBuilder("importStep", jobRepository)
                .partitioner(WORKER_STEP, partitioner)
                .partitionHandler(partitionHandler)
                .build();
    }

    @Bean
    @StepScope
    public SubmissionPartitions partitioner(ImportLedger ledger,
                                            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long runId,
                                            @Value("${juesuan.remote.role:none}") String role,
                                            @Value("${juesuan.import.threads:0}") int threads) {
        boolean remote = "manager".equals(role);
        return new SubmissionPartitions(ledger, runId, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                remote ? 1 : SubmissionPartitions.MAX_PER_PARTITION);
    }

    /**
     * Local mode: the partitions run on a pool of threads, one per core unless juesuan.import.threads
     * says. A bean of its own, so that closing the context shuts the threads down.
     */
    @Bean
    @ConditionalOnExpression("'${juesuan.remote.role:none}' != 'manager'")
    public ThreadPoolTaskExecutor importThreads(@Value("${juesuan.import.threads:0}") int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        pool.setCorePoolSize(size);
        pool.setMaxPoolSize(size);
        pool.setThreadNamePrefix("import-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        return pool;
    }

    @Bean
    @ConditionalOnExpression("'${juesuan.remote.role:none}' != 'manager'")
    public PartitionHandler localPartitionHandler(Step importSubmission, ThreadPoolTaskExecutor importThreads) {
        TaskExecutorPartitionHandler handler = new StopWhenDatabaseIsLost();
        handler.setStep(importSubmission);
        handler.setTaskExecutor(importThreads);
        handler.setGridSize(importThreads.getCorePoolSize());
        return handler;
    }

    /**
     * One submission. READ COMMITTED: the content check under the department lock must see what
     * a parallel partition committed a moment ago, and InnoDB then takes no gap locks.
     */
    @Bean
    public Step importSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 ImportSubmissionTasklet importSubmissionTasklet) {
        DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new StepBuilder(WORKER_STEP, jobRepository)
                .tasklet(importSubmissionTasklet, transactionManager)
                .transactionAttribute(readCommitted)
                .build();
    }

    @Bean
    @StepScope
    public ImportSubmissionTasklet importSubmissionTasklet(
            ImportLedger ledger, SubmissionAnalyzer analyzer, WarehouseWriter warehouse, ProgressLine progress,
            PlatformTransactionManager transactionManager, SubmissionFiles files,
            @Value("#{jobParameters['year']}") Long year,
            @Value("#{jobParameters['dryRun']}") String dryRun,
            @Value("#{jobParameters['rejectOnError']}") String rejectOnError,
            @Value("#{jobParameters['applyRules']}") String applyRules) {
        ImportOptions options = new ImportOptions(year == null || year == 0 ? null : year.intValue(),
                Boolean.parseBoolean(dryRun), Boolean.parseBoolean(rejectOnError), !"false".equals(applyRules));
        return new ImportSubmissionTasklet(ledger, analyzer, warehouse, progress, options, transactionManager, files);
    }

    // 3. Archive (inbox runs)

    @Bean
    public Step archiveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ArchiveRun archiveRun) {
        return new StepBuilder("archiveStep", jobRepository).tasklet(archiveRun, transactionManager).build();
    }

    @Bean
    @StepScope
    public ArchiveRun archiveRun(ImportLedger ledger,
                                 @Value("#{jobParameters['inbox']}") String inbox,
                                 @Value("#{jobParameters['archive']}") String archive,
                                 @Value("#{jobParameters['rejected']}") String rejected,
                                 @Value("#{jobParameters['dryRun']}") String dryRun) {
        boolean moves = inbox != null && !Boolean.parseBoolean(dryRun);
        return new ArchiveRun(ledger, moves ? InboxFolders.of(inbox, archive, rejected) : null);
    }
}
