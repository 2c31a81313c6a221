package org.juesuan.report;

import java.io.PrintStream;
import java.time.Duration;

import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.springframework.stereotype.Component;

/** One line per submission as an import run goes, so a long night shows where it is. */
@Component
public class ProgressLine {

    private final PrintStream out = System.out;

    public void print(int done, int total, long submissionId, Submission s, Duration took) {
        String width = Integer.toString(Math.max(total, done)).length() + "";
        String head = String.format("[%" + width + "d/%d] #%d %s", done, total, submissionId, s.sourcePath());
        if (s.status() == SubmissionStatus.REJECTED) {
            out.printf("%s → REJECTED (%.2f s): %s%n", head, took.toMillis() / 1000.0, s.rejectReason());
        } else {
            out.printf("%s → %s: %s %s, %d facts, %d errors, %d warnings (%.2f s)%n", head, s.status(),
                    s.departmentName(), s.fiscalYear(), s.facts().size(), s.errorCount(), s.warningCount(),
                    took.toMillis() / 1000.0);
        }
        out.flush();
    }
}
