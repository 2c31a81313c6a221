package org.juesuan.ops;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.juesuan.load.ImportLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import runs whose last attempt did not complete, and whether their process is still at work. A process
 * killed with kill -9, a power cut or a lost database leaves its execution marked STARTED (or UNKNOWN) in the
 * JobRepository. The owner is gone when, on this host, its pid is dead, or, on another host, nothing was updated
 * for juesuan.rerun.stale-after. Read by {@code status} and by the rerun that readies such runs for a restart.
 */
@Component
public class UnfinishedRuns {

    /** The Spring Batch job name of the import (its JobRepository rows are found by it). */
    public static final String IMPORT_JOB = "importJob";

    private final JdbcTemplate jdbc;
    private final ImportLedger ledger;
    private final Duration staleAfter;

    public UnfinishedRuns(JdbcTemplate jdbc, ImportLedger ledger,
                          @Value("${juesuan.rerun.stale-after:PT10M}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.staleAfter = staleAfter;
    }

    /** A run whose last attempt did not complete. */
    public record Unfinished(long runId, long lastExecutionId, String status) {
    }

    public List<Unfinished> unfinished() {
        return jdbc.query("SELECT e.JOB_INSTANCE_ID, e.JOB_EXECUTION_ID, e.STATUS FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
                + "AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION x "
                + "WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID) AND e.STATUS NOT IN ('COMPLETED', 'ABANDONED') "
                + "ORDER BY e.JOB_INSTANCE_ID", (rs, n) -> new Unfinished(rs.getLong(1), rs.getLong(2), rs.getString(3)),
                IMPORT_JOB);
    }

    /** The latest import run: its number, the status of its last attempt and when that ended. */
    public record LastRun(long runId, String status, LocalDateTime ended) {
    }

    public Optional<LastRun> lastRun() {
        return jdbc.query("SELECT e.JOB_INSTANCE_ID, e.STATUS, e.END_TIME FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
                + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1", (rs, n) -> new LastRun(rs.getLong(1), rs.getString(2),
                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toLocalDateTime().withNano(0)), IMPORT_JOB)
                .stream().findFirst();
    }

    public Optional<Unfinished> unfinished(long runId) {
        return unfinished().stream().filter(u -> u.runId() == runId).findFirst();
    }

    /** @return why the run cannot be restarted now (still running somewhere), or empty when it can */
    public Optional<String> stillRunning(Unfinished run) {
        if (!List.of("STARTING", "STARTED", "STOPPING").contains(run.status())) {
            return Optional.empty();
        }
        Optional<ImportLedger.RunOwner> owner = ledger.owner(run.lastExecutionId());
        if (owner.isEmpty()) {
            return Optional.empty(); // killed before it recorded itself
        }
        if (owner.get().host().equals(ProcessIdentity.HOST)) {
            boolean alive = ProcessHandle.of(owner.get().pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of("批次 #" + run.runId() + " 仍在运行（进程号 " + owner.get().pid() + "）")
                    : Optional.empty();
        }
        Timestamp lastUpdate = jdbc.queryForObject("SELECT MAX(t) FROM (SELECT LAST_UPDATED AS t FROM "
                + "BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ? UNION ALL SELECT LAST_UPDATED AS t FROM "
                + "BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?) x", Timestamp.class,
                run.lastExecutionId(), run.lastExecutionId());
        boolean stale = lastUpdate == null
                || lastUpdate.toLocalDateTime().isBefore(LocalDateTime.now().minus(staleAfter));
        return stale ? Optional.empty() : Optional.of("批次 #" + run.runId() + " 在 " + owner.get().host()
                + " 上运行（进程号 " + owner.get().pid() + "），最近活动于 " + lastUpdate.toLocalDateTime().withNano(0));
    }
}
