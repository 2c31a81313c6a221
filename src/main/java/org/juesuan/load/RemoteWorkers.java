package org.juesuan.load;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remote mode's bookkeeping beside the ledger ({@code import_worker}, {@code import_claim}, V9): which worker
 * processes are alive, by their heartbeat, and which of them holds which partition. Every time is the database's
 * own clock, so manager and workers on machines whose clocks disagree still agree on who is alive.
 */
@Component
public class RemoteWorkers {

    /** A worker whose heartbeat is no older than this, in whole seconds. */
    private static final String FRESH = "heartbeat_at >= TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP(3))";

    private final JdbcTemplate jdbc;

    public RemoteWorkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker starts (or comes back under the same name): its row, fresh; rows silent for a day are dropped. */
    public void register(String worker, String queue) {
        jdbc.update("DELETE FROM import_worker WHERE name = ? OR heartbeat_at < TIMESTAMPADD(DAY, -1, CURRENT_TIMESTAMP(3))",
                worker);
        jdbc.update("INSERT INTO import_worker (name, queue, started_at, heartbeat_at) "
                + "VALUES (?, ?, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))", worker, queue);
    }

    /** The worker is alive; a row deleted meanwhile (a manager's clean-up, a restore) is written again. */
    public void beat(String worker, String queue) {
        if (jdbc.update("UPDATE import_worker SET heartbeat_at = CURRENT_TIMESTAMP(3) WHERE name = ?", worker) == 0) {
            register(worker, queue);
        }
    }

    /** A worker stopped cleanly: it is not waited for. */
    public void leave(String worker) {
        jdbc.update("DELETE FROM import_worker WHERE name = ?", worker);
    }

    /** Workers on the queue whose heartbeat is younger than {@code deadAfter}. */
    public int alive(String queue, Duration deadAfter) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM import_worker WHERE queue = ? AND " + FRESH,
                Integer.class, queue, -seconds(deadAfter));
        return n == null ? 0 : n;
    }

    /**
     * Takes the partition for {@code worker}: it was nobody's, already this worker's, or its holder's heartbeat
     * stopped (compare-and-set, so of two workers handed the same partition exactly one gets it).
     *
     * @return whether the worker now holds it
     */
    public boolean claim(long stepExecutionId, String worker, Duration deadAfter) {
        try {
            jdbc.update("INSERT INTO import_claim (step_execution_id, worker, claimed_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))",
                    stepExecutionId, worker);
            return true;
        } catch (DuplicateKeyException held) {
            // handovers first: MySQL assigns left to right, so a later SET would see the new holder already
            return jdbc.update("UPDATE import_claim SET handovers = handovers + CASE WHEN worker = ? THEN 0 ELSE 1 END, "
                    + "worker = ?, claimed_at = CURRENT_TIMESTAMP(3) "
                    + "WHERE step_execution_id = ? AND (worker = ? OR worker NOT IN "
                    + "(SELECT name FROM import_worker WHERE " + FRESH + "))",
                    worker, worker, stepExecutionId, worker, -seconds(deadAfter)) == 1;
        }
    }

    /** Who holds a partition now, if anyone. */
    public Optional<String> holder(long stepExecutionId) {
        return jdbc.queryForList("SELECT worker FROM import_claim WHERE step_execution_id = ?", String.class,
                stepExecutionId).stream().findFirst();
    }

    /** A partition held by a worker whose heartbeat stopped. */
    public record Lost(long stepExecutionId, String worker) {
    }

    /** The partitions of a job execution, still running, whose holder's heartbeat stopped. */
    public List<Lost> lost(long jobExecutionId, Duration deadAfter) {
        return jdbc.query("SELECT c.step_execution_id, c.worker FROM import_claim c "
                        + "JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id "
                        + "WHERE s.JOB_EXECUTION_ID = ? AND s.STATUS IN ('STARTING', 'STARTED') "
                        + "AND c.worker NOT IN (SELECT name FROM import_worker WHERE " + FRESH + ")",
                (rs, n) -> new Lost(rs.getLong(1), rs.getString(2)), jobExecutionId, -seconds(deadAfter));
    }

    /** Where a ledger row's submission was found (the manager's path). */
    public String sourcePath(long itemId) {
        return jdbc.queryForObject("SELECT source_path FROM import_item WHERE id = ?", String.class, itemId);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
