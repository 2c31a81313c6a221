package org.juesuan.batch;

import java.util.Map;

import org.juesuan.model.SubmissionStatus;

/** What a finished import run amounts to, and the exit code it means (CONTRACT §1). */
public record ImportOutcome(long jobExecutionId, String batchStatus, Map<SubmissionStatus, Integer> submissions,
                            long facts, String failure) {

    public int count(SubmissionStatus status) {
        return submissions.getOrDefault(status, 0);
    }

    public int exitCode() {
        if (failure != null) {
            return 3;
        }
        return count(SubmissionStatus.REJECTED) + count(SubmissionStatus.LOADED_WITH_ERRORS) > 0 ? 1 : 0;
    }
}
