package org.juesuan.ops;

import java.io.PrintStream;
import java.time.Duration;

import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.springframework.stereotype.Component;

/** One line per submission as an import run goes, so a long night shows where it is. */
@Component
public class ProgressLine {

    private final PrintStream out = System.out;

    /** A submission that was analysed and written (loaded, flagged, refused, or found unchanged under lock). */
    public void print(int done, int total, long submissionId, Submission s, String unchanged, Duration took) {
        String head = head(done, total) + " #" + submissionId + " " + s.sourcePath();
        if (unchanged != null) {
            line(String.format("%s → UNCHANGED (%.2f s): %s", head, seconds(took), unchanged));
        } else if (s.status() == SubmissionStatus.REJECTED) {
            line(String.format("%s → REJECTED (%.2f s): %s", head, seconds(took), s.rejectReason()));
        } else {
            line(String.format("%s → %s: %s %s, %d facts, %d errors, %d warnings (%.2f s)", head, s.status(),
                    s.departmentName(), s.fiscalYear(), s.facts().size(), s.errorCount(), s.warningCount(),
                    seconds(took)));
        }
    }

    /** A submission settled without analysis (unchanged content, file gone). */
    public void print(int done, int total, String sourcePath, String state, String detail, Duration took) {
        line(String.format("%s %s → %s (%.2f s): %s", head(done, total), sourcePath, state, seconds(took), detail));
    }

    private static String head(int done, int total) {
        String width = Integer.toString(Math.max(total, done)).length() + "";
        return String.format("[%" + width + "d/%d]", done, total);
    }

    private static double seconds(Duration took) {
        return took.toMillis() / 1000.0;
    }

    private synchronized void line(String text) {
        out.println(text);
        out.flush();
    }
}
