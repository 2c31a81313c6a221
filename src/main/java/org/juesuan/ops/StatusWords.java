package org.juesuan.ops;

import org.juesuan.model.Messages;

/**
 * The words an operator reads for Spring Batch's run statuses ({@code run.status.*}) and the ledger's submission
 * states ({@code status.*}), from the message catalogue; a status the catalogue does not know is shown as it is.
 */
public final class StatusWords {

    private StatusWords() {
    }

    /** A run's status ({@code BATCH_JOB_EXECUTION.STATUS}) in Chinese. */
    public static String run(String status) {
        return word("run.status." + status, status);
    }

    /** A submission's state (submission.status or import_item.state) in Chinese; a dry run says so. */
    public static String submission(String state, boolean dryRun) {
        String word = word("status." + state, state);
        return dryRun ? Messages.text("status.dry-run", word) : word;
    }

    private static String word(String key, String otherwise) {
        return Messages.has(key) ? Messages.text(key) : otherwise;
    }
}
