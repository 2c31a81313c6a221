package org.juesuan.batch;

import java.util.Map;

import org.juesuan.load.ItemState;
import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;

/**
 * What an import run amounts to after one execution, and the exit code it means (docs/contract.md §1).
 *
 * @param runId          the run (Spring Batch job instance): what `status` lists and `rerun ID` takes
 * @param jobExecutionId this attempt at the run
 * @param items          the run's ledger by state (over all its attempts)
 * @param failure        why the attempt failed (database lost, …), null when it completed
 */
public record ImportOutcome(long runId, long jobExecutionId, String batchStatus, Map<ItemState, Integer> items,
                            long facts, String failure) {

    public int count(SubmissionStatus status) {
        return count(ItemState.valueOf(status.name()));
    }

    public int count(ItemState state) {
        return items.getOrDefault(state, 0);
    }

    public int exitCode() {
        if (failure != null || count(ItemState.PENDING) > 0) {
            return 3;
        }
        return count(ItemState.REJECTED) + count(ItemState.LOADED_WITH_ERRORS) > 0 ? 1 : 0;
    }

    public String summary() {
        return Messages.text("import.summary", count(ItemState.LOADED), count(ItemState.LOADED_WITH_ERRORS),
                count(ItemState.REJECTED), count(ItemState.UNCHANGED),
                (count(ItemState.MISSING) > 0 ? Messages.text("import.summary.missing", count(ItemState.MISSING)) : "")
                        + (count(ItemState.PENDING) > 0 ? Messages.text("import.summary.pending", count(ItemState.PENDING))
                        : ""), String.format("%,d", facts));
    }
}
