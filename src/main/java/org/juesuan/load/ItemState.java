package org.juesuan.load;

/** Where one submission of an import run stands in the run's ledger ({@code import_item.state}). */
public enum ItemState {
    /** Found by the run, not yet settled: a restart processes exactly these. */
    PENDING,
    /** Loaded; every ERROR-level check holds. */
    LOADED,
    /** Loaded, flagged: ERROR-level checks are broken. */
    LOADED_WITH_ERRORS,
    /** Refused; the reason names the file, sheet and cell. */
    REJECTED,
    /** The same bytes are already in the warehouse: skipped. */
    UNCHANGED,
    /** The file was gone when its turn came (moved or deleted by someone else). */
    MISSING;

    public boolean settled() {
        return this != PENDING;
    }
}
