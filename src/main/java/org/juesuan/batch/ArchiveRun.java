package org.juesuan.batch;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import org.juesuan.load.ImportLedger;
import org.juesuan.load.ItemState;
import org.juesuan.load.LedgerItem;
import org.juesuan.submission.InboxArchiver;
import org.juesuan.submission.InboxFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3 (inbox runs only): move every settled submission out of the inbox — refused ones to
 * rejected/ with a .txt saying why, the others to archive/. Runs after all submissions are
 * settled, in the process that owns the inbox; repeated after a crash, it moves what is left.
 */
public class ArchiveRun implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);

    private final ImportLedger ledger;
    private final InboxFolders folders;

    /** @param folders null for runs over explicit PATHs, whose files stay where they are */
    public ArchiveRun(ImportLedger ledger, InboxFolders folders) {
        this.ledger = ledger;
        this.folders = folders;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (folders == null) {
            return RepeatStatus.FINISHED;
        }
        long runId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        String runFolder = InboxFolders.runFolder(runId);
        for (LedgerItem item : ledger.settledNotMoved(runId)) {
            boolean refused = item.state() == ItemState.REJECTED;
            Path moved;
            try {
                moved = InboxArchiver.move(Path.of(item.sourcePath()), item.relativePath(),
                        refused ? folders.rejected() : folders.archive(), runFolder, refused ? reason(item, runId) : null);
            } catch (UncheckedIOException e) {
                // Left in the inbox: the next run finds it again (UNCHANGED, or refused again).
                LOG.warn("run #{}: {}", runId, e.getMessage());
                continue;
            }
            if (moved != null) {
                ledger.markMoved(item.id(), moved.toString());
                contribution.incrementWriteCount(1);
            }
        }
        return RepeatStatus.FINISHED;
    }

    private static String reason(LedgerItem item, long runId) {
        return "REJECTED by juesuan import run #" + runId + " at " + Instant.now() + System.lineSeparator()
                + "file:   " + item.relativePath() + System.lineSeparator()
                + "sha256: " + (item.sha256() == null ? "-" : item.sha256()) + System.lineSeparator()
                + "reason: " + item.detail();
    }
}
