package org.juesuan.batch;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.juesuan.model.SubmissionStatus;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionFinder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Starts the import job for a set of paths and reads back what it did. */
@Component
public class ImportLauncher {

    private final JobOperator jobOperator;
    private final Job importJob;
    private final SubmissionFinder finder;
    private final JdbcTemplate jdbc;

    public ImportLauncher(JobOperator jobOperator, Job importJob, SubmissionFinder finder, JdbcTemplate jdbc) {
        this.jobOperator = jobOperator;
        this.importJob = importJob;
        this.finder = finder;
        this.jdbc = jdbc;
    }

    public ImportOutcome run(List<Path> paths, ImportOptions options) throws Exception {
        List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        JobParameters parameters = new JobParametersBuilder()
                .addString(ImportJobConfiguration.PATHS, absolute.stream().map(Path::toString)
                        .collect(Collectors.joining(ImportJobConfiguration.PATH_SEPARATOR)))
                .addLong("startedAt", System.currentTimeMillis())
                .addLong(ImportJobConfiguration.YEAR, options.defaultYear() == null ? 0L : options.defaultYear().longValue())
                .addString(ImportJobConfiguration.DRY_RUN, Boolean.toString(options.dryRun()))
                .addString(ImportJobConfiguration.REJECT_ON_ERROR, Boolean.toString(options.rejectOnError()))
                .addString(ImportJobConfiguration.APPLY_RULES, Boolean.toString(options.applyRules()))
                .addLong(ImportJobConfiguration.TOTAL, (long) finder.find(absolute).size(), false)
                .toJobParameters();
        JobExecution execution = jobOperator.start(importJob, parameters);
        Map<SubmissionStatus, Integer> counts = new EnumMap<>(SubmissionStatus.class);
        jdbc.query("SELECT status, COUNT(*) FROM submission WHERE job_execution_id = ? GROUP BY status",
                rs -> { counts.put(SubmissionStatus.valueOf(rs.getString(1)), rs.getInt(2)); }, execution.getId());
        Long facts = jdbc.queryForObject("SELECT COALESCE(SUM(fact_count), 0) FROM submission WHERE job_execution_id = ?",
                Long.class, execution.getId());
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null
                : execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst()
                        .orElse("job ended " + execution.getStatus());
        return new ImportOutcome(execution.getId(), execution.getStatus().name(), counts, facts, failure);
    }
}
