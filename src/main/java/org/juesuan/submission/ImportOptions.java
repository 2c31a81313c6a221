package org.juesuan.submission;

/**
 * How one import run treats its submissions.
 *
 * @param defaultYear   fiscal year for workbooks that do not print one ({@code --year})
 * @param dryRun        read and validate, write findings, load no facts ({@code --dry-run})
 * @param rejectOnError refuse submissions with ERROR findings instead of loading them flagged
 * @param applyRules    run the rule book (审核公式); off only to measure what the audit costs
 */
public record ImportOptions(Integer defaultYear, boolean dryRun, boolean rejectOnError, boolean applyRules) {

    public static final ImportOptions DEFAULTS = new ImportOptions(null, false, false, true);
}
