package org.juesuan.model;

/** How a submission ended (docs/contract.md §1). */
public enum SubmissionStatus {
    /** Read, and every ERROR-level check holds. */
    LOADED,
    /** Read and loaded, but checks that must hold are broken (审核不通过). */
    LOADED_WITH_ERRORS,
    /** Could not be read as a 决算 submission; nothing of it is loaded. */
    REJECTED
}
