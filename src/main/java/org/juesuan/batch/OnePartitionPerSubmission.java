package org.juesuan.batch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.juesuan.load.ImportLedger;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Step 2's split: one partition per submission of the run's ledger, named after its ledger row,
 * so a restart finds the same partitions and re-runs only those that did not complete. Any
 * free thread (or, in remote mode, any worker) takes the next one: a large workbook holds up
 * one thread, not a share of the run.
 */
public class OnePartitionPerSubmission implements Partitioner {

    public static final String ITEM_ID = "importItemId";

    private final ImportLedger ledger;
    private final long runId;

    public OnePartitionPerSubmission(ImportLedger ledger, long runId) {
        this.ledger = ledger;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (long itemId : ledger.itemIds(runId)) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(ITEM_ID, itemId);
            partitions.put("item-" + itemId, context);
        }
        return partitions;
    }
}
