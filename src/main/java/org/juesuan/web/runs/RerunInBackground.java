package org.juesuan.web.runs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.load.ItemState;
import org.juesuan.model.Messages;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.audit.PortalAuditLog;
import org.juesuan.web.audit.PortalAuditLog.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code rerun --failed} started from the runs page: one at a time, on a thread of its own (a rerun may take
 * minutes), its state and result kept for the page to show. Who started it is in the audit log.
 */
@Component
public class RerunInBackground {

    private static final Logger LOG = LoggerFactory.getLogger(RerunInBackground.class);

    /** What the page shows: running (no finish yet), or finished with its result lines. */
    public record State(String startedBy, LocalDateTime started, LocalDateTime finished, List<String> result) {
        public boolean running() {
            return finished == null;
        }
    }

    private final ImportLauncher launcher;
    private final PortalAuditLog audit;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-rerun");
        t.setDaemon(true);
        return t;
    });
    private volatile State state;

    public RerunInBackground(ImportLauncher launcher, PortalAuditLog audit) {
        this.launcher = launcher;
        this.audit = audit;
    }

    /** The last rerun started here (running or finished), or null. */
    public State state() {
        return state;
    }

    /** @return false when a rerun is already running (nothing is started then) */
    public synchronized boolean start(PortalUser by) {
        if (state != null && state.running()) {
            return false;
        }
        State started = new State(by.username(), LocalDateTime.now(), null, List.of());
        state = started;
        audit.record(by, Action.RERUN, null, "rerun --failed", null);
        thread.submit(() -> {
            List<String> lines;
            try {
                lines = result(launcher.rerunFailed());
            } catch (RuntimeException e) {
                LOG.error("rerun --failed from the portal failed", e);
                lines = List.of(Messages.text("portal.runs.rerun.error", e.getClass().getSimpleName()));
            }
            state = new State(started.startedBy(), started.started(), LocalDateTime.now(), List.copyOf(lines));
        });
        return true;
    }

    private static List<String> result(List<ImportLauncher.Rerun> reruns) {
        if (reruns.isEmpty()) {
            return List.of(Messages.text("portal.runs.rerun.nothing"));
        }
        List<String> lines = new ArrayList<>();
        for (ImportLauncher.Rerun rerun : reruns) {
            ImportOutcome o = rerun.outcome();
            if (rerun.refusal() != null) {
                lines.add(Messages.text("portal.runs.rerun.refused", rerun.runId(), rerun.refusal()));
            } else if (o.failure() != null || o.count(ItemState.PENDING) > 0) {
                lines.add(Messages.text("portal.runs.rerun.failed", rerun.runId(), o.count(ItemState.PENDING),
                        o.failure() == null ? "" : o.failure()));
            } else {
                lines.add(Messages.text("portal.runs.rerun.done", rerun.runId(), o.count(ItemState.LOADED),
                        o.count(ItemState.LOADED_WITH_ERRORS), o.count(ItemState.REJECTED),
                        o.count(ItemState.UNCHANGED), String.valueOf(o.facts())));
            }
        }
        return lines;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
