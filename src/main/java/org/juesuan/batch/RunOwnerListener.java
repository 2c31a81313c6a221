package org.juesuan.batch;

import org.juesuan.ops.ProcessIdentity;
import org.juesuan.load.ImportLedger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Records which process runs each execution (see {@link CrashedRunRecovery}). */
public class RunOwnerListener implements JobExecutionListener {

    private final ImportLedger ledger;

    public RunOwnerListener(ImportLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ledger.recordOwner(execution.getId(), execution.getJobInstance().getInstanceId(), ProcessIdentity.HOST,
                ProcessIdentity.PID);
    }
}
