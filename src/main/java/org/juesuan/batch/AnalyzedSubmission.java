package org.juesuan.batch;

import java.time.Instant;

import org.juesuan.model.Submission;
import org.juesuan.submission.SubmissionSource;

/** What passes from the processor to the writer: the analysis and when it began. */
public record AnalyzedSubmission(SubmissionSource source, Submission submission, Instant startedAt) {
}
