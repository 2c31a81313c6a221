package org.juesuan.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.juesuan.load.WarehouseWriter;
import org.juesuan.report.ProgressLine;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionAnalyzer;
import org.juesuan.submission.SubmissionFinder;
import org.juesuan.submission.SubmissionSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job, read top to bottom: find the submissions under the given paths, analyse each
 * (read → detect layout → map codes → validate), write each into the warehouse in its own
 * transaction (chunk size 1), print a progress line per submission.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importJob";
    public static final String PATHS = "paths";
    public static final String YEAR = "year";
    public static final String DRY_RUN = "dryRun";
    public static final String REJECT_ON_ERROR = "rejectOnError";
    public static final String TOTAL = "total";
    public static final String APPLY_RULES = "applyRules";
    /** Separates the PATHs inside the one job parameter that carries them. */
    public static final String PATH_SEPARATOR = "\n";

    @Bean
    public Job importJob(JobRepository jobRepository, Step importStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(importStep).build();
    }

    @Bean
    public Step importStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ListItemReader<SubmissionSource> submissionReader,
                           ItemProcessor<SubmissionSource, AnalyzedSubmission> submissionProcessor,
                           ItemWriter<AnalyzedSubmission> submissionWriter) {
        return new StepBuilder("importStep", jobRepository)
                .<SubmissionSource, AnalyzedSubmission>chunk(1)
                .transactionManager(transactionManager)
                .reader(submissionReader)
                .processor(submissionProcessor)
                .writer(submissionWriter)
                .build();
    }

    @Bean
    @StepScope
    public ListItemReader<SubmissionSource> submissionReader(SubmissionFinder finder,
                                                             @Value("#{jobParameters['paths']}") String paths) {
        List<Path> roots = Arrays.stream(paths.split(PATH_SEPARATOR)).map(Path::of).toList();
        return new ListItemReader<>(finder.find(roots));
    }

    @Bean
    @StepScope
    public ItemProcessor<SubmissionSource, AnalyzedSubmission> submissionProcessor(
            SubmissionAnalyzer analyzer,
            @Value("#{jobParameters['year']}") Long year,
            @Value("#{jobParameters['dryRun']}") String dryRun,
            @Value("#{jobParameters['rejectOnError']}") String rejectOnError,
            @Value("#{jobParameters['applyRules']}") String applyRules) {
        ImportOptions options = new ImportOptions(year == null || year == 0 ? null : year.intValue(),
                Boolean.parseBoolean(dryRun), Boolean.parseBoolean(rejectOnError), !"false".equals(applyRules));
        return source -> {
            Instant started = Instant.now();
            return new AnalyzedSubmission(source, analyzer.analyze(source, options), started);
        };
    }

    @Bean
    @StepScope
    public ItemWriter<AnalyzedSubmission> submissionWriter(
            WarehouseWriter warehouse, ProgressLine progress,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
            @Value("#{jobParameters['dryRun']}") String dryRun,
            @Value("#{jobParameters['total']}") Long total) {
        boolean isDryRun = Boolean.parseBoolean(dryRun);
        int[] done = {0};
        return chunk -> {
            for (AnalyzedSubmission item : chunk) {
                long id = warehouse.write(item.submission(), jobExecutionId, isDryRun, item.startedAt());
                progress.print(++done[0], total == null ? 0 : total.intValue(), id, item.submission(),
                        Duration.between(item.startedAt(), Instant.now()));
            }
        };
    }
}
