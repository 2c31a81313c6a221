package org.juesuan.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongToIntFunction;

import org.juesuan.load.ImportLedger;
import org.juesuan.model.Messages;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.springframework.stereotype.Component;

/**
 * One line per submission as an import run goes, so a long night shows where it is. Parallel partitions commit
 * in any order, so the count is not the one a transaction saw before it committed: it is read from the ledger
 * when the line is printed (after the commit, one line at a time), and never goes back.
 */
@Component
public class ProgressLine {

    private final PrintStream out;
    private final LongToIntFunction settledInRun;
    private final Map<Long, Integer> shown = new HashMap<>();

    public ProgressLine(ImportLedger ledger) {
        this.out = System.out;
        this.settledInRun = runId -> ledger.progress(runId).settled();
    }

    /** A submission that was analysed and written (loaded, flagged, refused, or found unchanged under lock). */
    public void print(long runId, int total, long submissionId, Submission s, String unchanged, Duration took) {
        line(runId, total, done -> line(done, total, submissionId, s, unchanged, took));
    }

    /** A submission settled without analysis (unchanged content, file gone). */
    public void print(long runId, int total, String sourcePath, String state, String detail, Duration took) {
        line(runId, total, done -> Messages.text("import.progress.settled", head(done, total), sourcePath,
                StatusWords.submission(state, false), seconds(took), detail));
    }

    private static String line(int done, int total, long submissionId, Submission s, String unchanged, Duration took) {
        String head = head(done, total);
        if (unchanged != null) {
            return Messages.text("import.progress.unchanged", head, submissionId, s.sourcePath(), seconds(took), unchanged);
        } else if (s.status() == SubmissionStatus.REJECTED) {
            return Messages.text("import.progress.rejected", head, submissionId, s.sourcePath(), seconds(took),
                    s.rejectReason());
        }
        return Messages.text("import.progress", head, submissionId, s.sourcePath(), Messages.status(s.status()),
                s.departmentName(), s.fiscalYear(), s.facts().size(), s.errorCount(), s.warningCount(), seconds(took));
    }

    private static String head(int done, int total) {
        String width = Integer.toString(Math.max(total, done)).length() + "";
        return String.format("[%" + width + "d/%d]", done, total);
    }

    private static String seconds(Duration took) {
        return String.format("%.2f", took.toMillis() / 1000.0);
    }

    /** Reads the run's settled count and prints the line under one lock, so counts reach the screen in order. */
    private synchronized void line(long runId, int total, IntFunction<String> text) {
        int done = Math.max(shown.getOrDefault(runId, 0), Math.min(total, settledInRun.applyAsInt(runId)));
        shown.put(runId, done);
        out.println(text.apply(done));
        out.flush();
    }
}
