package org.juesuan.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.juesuan.load.ImportLedger;
import org.juesuan.load.PlannedItem;
import org.juesuan.submission.InboxFolders;
import org.juesuan.submission.SubmissionFinder;
import org.juesuan.submission.SubmissionSource;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: find the run's submissions and write them into its ledger, all PENDING, in one
 * transaction. A restart keeps the plan it finds, so it finishes the same set of submissions.
 */
public class PlanRun implements Tasklet {

    private final SubmissionFinder finder;
    private final ImportLedger ledger;
    private final List<Path> roots;
    private final InboxFolders inbox;

    public PlanRun(SubmissionFinder finder, ImportLedger ledger, String paths, InboxFolders inbox) {
        this.finder = finder;
        this.ledger = ledger;
        this.roots = Arrays.stream(paths.split(ImportJobConfiguration.PATH_SEPARATOR)).map(Path::of).toList();
        this.inbox = inbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        List<PlannedItem> items = new ArrayList<>();
        for (SubmissionSource source : finder.find(roots)) {
            Path path = source.path().toAbsolutePath().normalize();
            if (inbox != null && (path.startsWith(inbox.archive()) || path.startsWith(inbox.rejected()))) {
                continue; // archive/ or rejected/ configured inside the inbox: already processed
            }
            String relative = inbox != null && path.startsWith(inbox.inbox())
                    ? inbox.inbox().relativize(path).toString() : path.getFileName().toString();
            items.add(new PlannedItem(path.toString(), relative));
        }
        contribution.incrementWriteCount(ledger.plan(runId, items));
        return RepeatStatus.FINISHED;
    }
}
