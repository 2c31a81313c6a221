package org.juesuan.load;

/** One row of an import run's ledger. */
public record LedgerItem(long id, long runId, int itemNo, String sourcePath, String relativePath, ItemState state,
                         String sha256, Long submissionId, String detail, String movedTo) {
}
