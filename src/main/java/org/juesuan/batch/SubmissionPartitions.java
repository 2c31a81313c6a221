package org.juesuan.batch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.juesuan.load.ImportLedger;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Step 2's split: the run's ledger rows, in order, cut into partitions of a few consecutive submissions each,
 * named after their ledger rows ({@link #name}), so a restart finds the same partitions and re-runs only those that
 * did not complete. Each submission still has a transaction of its own (one chunk of its partition); what a partition
 * shares is Spring Batch's bookkeeping of a step (its start and end), the fixed cost that dominates a county
 * submission of a few hundred figures. Partitions stay small enough that every thread gets several
 * ({@link #PARTITIONS_PER_THREAD}) and no more than {@link #MAX_PER_PARTITION} submissions, so a large workbook
 * holds up one thread, not a share of the run; remote mode keeps one submission per partition (a worker lost
 * mid-partition costs one submission).
 */
public class SubmissionPartitions implements Partitioner {

    /** The partition's ledger row ids, in order, comma-separated. */
    public static final String ITEM_IDS = "importItemIds";
    /** The one ledger row id of a partition planned by an earlier version, restarted by this one. */
    private static final String SINGLE_ITEM_ID = "importItemId";
    /** Index into ITEM_IDS of the next submission to import; saved with each submission's commit. */
    public static final String NEXT = "next";
    static final int PARTITIONS_PER_THREAD = 4;
    static final int MAX_PER_PARTITION = 16;

    private final ImportLedger ledger;
    private final long runId;
    private final int threads;
    private final int maxPerPartition;

    /** @param maxPerPartition 1 for one partition per submission (remote mode) */
    public SubmissionPartitions(ImportLedger ledger, long runId, int threads, int maxPerPartition) {
        this.ledger = ledger;
        this.runId = runId;
        this.threads = Math.max(1, threads);
        this.maxPerPartition = Math.max(1, maxPerPartition);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Long> items = ledger.itemIds(runId);
        int size = perPartition(items.size(), threads, maxPerPartition);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int from = 0; from < items.size(); from += size) {
            List<Long> ids = items.subList(from, Math.min(items.size(), from + size));
            ExecutionContext context = new ExecutionContext();
            context.putString(ITEM_IDS, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            context.putInt(NEXT, 0);
            partitions.put(name(ids), context);
        }
        return partitions;
    }

    /**
     * "item-FIRST" or "item-FIRST-LAST": the name says exactly which ledger rows the partition holds. A restart
     * skips a partition whose name completed before; were the rows cut otherwise this time (another thread count,
     * remote mode), a differently cut partition has another name and runs, its settled rows left alone by the
     * ledger — never skipped for a name that once meant fewer rows.
     */
    static String name(List<Long> ids) {
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        return first == last ? "item-" + first : "item-" + first + "-" + last;
    }

    /** Submissions per partition: 1 for small runs, growing with the run until the cap. */
    static int perPartition(int items, int threads, int max) {
        int wanted = (items + threads * PARTITIONS_PER_THREAD - 1) / (threads * PARTITIONS_PER_THREAD);
        return Math.max(1, Math.min(max, wanted));
    }

    /** The ledger row ids a partition's context lists (one, for a run planned by a version that had one each). */
    static long[] itemIds(ExecutionContext context) {
        if (!context.containsKey(ITEM_IDS)) {
            return new long[] {context.getLong(SINGLE_ITEM_ID)};
        }
        return Arrays.stream(context.getString(ITEM_IDS).split(",")).mapToLong(Long::parseLong).toArray();
    }
}
