package org.juesuan.batch;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readies a run that did not complete for a restart. A killed process leaves its execution marked
 * STARTED (or UNKNOWN) in the JobRepository, which Spring Batch refuses to restart. When the owning
 * process is gone ({@link org.juesuan.ops.UnfinishedRuns}), the execution and its unfinished steps are
 * marked FAILED. That is safe here even from UNKNOWN, because every submission's ledger row settles in the submission's own transaction.
 */
@Component
public class CrashedRunRecovery {

    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')";

    private final JdbcTemplate jdbc;

    public CrashedRunRecovery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the run's unfinished executions and steps FAILED, so Spring Batch restarts it. */
    @Transactional
    public void markFailed(long runId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String message = "marked FAILED by rerun: its process ended without recording an end";
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = ?, "
                + "END_TIME = ?, LAST_UPDATED = ?, VERSION = VERSION + 1 WHERE STATUS IN " + RUNNING
                + " AND JOB_EXECUTION_ID IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)",
                message, now, now, runId);
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = ?, "
                + "END_TIME = ?, LAST_UPDATED = ?, VERSION = VERSION + 1 WHERE STATUS IN " + RUNNING
                + " AND JOB_INSTANCE_ID = ?", message, now, now, runId);
    }
}
