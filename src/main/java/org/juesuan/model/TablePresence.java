package org.juesuan.model;

/**
 * A table found in a submission, recorded even when all its amounts are zero so that
 * "published empty" and "missing" stay distinguishable (docs/contract.md §4).
 */
public record TablePresence(TableCode table, String sourceFile, String sourceSheet, String unit,
                            int dataRows, String note) {
}
