package org.juesuan.batch;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.FutureTask;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Local partitions on a thread pool, with one difference to Spring Batch's handler: once a
 * partition has failed because the database is gone, the partitions still waiting are not started
 * (each would wait out the pool's connection timeout only to fail the same way). They end FAILED
 * at once, the run ends with exit code 3 within seconds, and `rerun --failed` picks them up.
 */
public class StopWhenDatabaseIsLost extends TaskExecutorPartitionHandler {

    private volatile Throwable lost;

    @Override
    protected FutureTask<StepExecution> createTask(Step step, StepExecution stepExecution) {
        return new FutureTask<>(() -> {
            Throwable cause = lost;
            if (cause != null) {
                stepExecution.setStatus(BatchStatus.FAILED);
                stepExecution.setExitStatus(ExitStatus.FAILED.addExitDescription("not started: the database was lost"));
                stepExecution.addFailureException(cause);
                return stepExecution;
            }
            step.execute(stepExecution);
            stepExecution.getFailureExceptions().stream().filter(StopWhenDatabaseIsLost::databaseLost).findFirst()
                    .ifPresent(e -> lost = e);
            return stepExecution;
        });
    }

    static boolean databaseLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
