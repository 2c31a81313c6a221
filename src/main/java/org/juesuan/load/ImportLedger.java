package org.juesuan.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger of import runs ({@code import_item}): what each run found, and how each submission
 * settled. A row leaves PENDING in the transaction that writes its submission, which is what
 * makes a killed run resumable with every submission loaded exactly once.
 */
@Component
public class ImportLedger {

    private static final String COLUMNS = "id, run_id, item_no, source_path, relative_path, state, sha256, "
            + "submission_id, detail, moved_to";

    private final JdbcTemplate jdbc;

    public ImportLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the run's plan once; a restarted plan step finds it there and keeps it. @return the item count */
    public int plan(long runId, List<PlannedItem> items) {
        int existing = total(runId);
        if (existing > 0) {
            return existing;
        }
        int[] no = {0};
        jdbc.batchUpdate("INSERT INTO import_item (run_id, item_no, source_path, relative_path, state) "
                + "VALUES (?,?,?,?,'PENDING')", items, 500, (ps, item) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, ++no[0]);
                    ps.setString(3, item.sourcePath());
                    ps.setString(4, item.relativePath());
                });
        return items.size();
    }

    public List<Long> itemIds(long runId) {
        return jdbc.queryForList("SELECT id FROM import_item WHERE run_id = ? ORDER BY item_no", Long.class, runId);
    }

    /** Locks the item's row for the rest of the transaction (two attempts at one item queue here). */
    public LedgerItem lock(long itemId) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM import_item WHERE id = ? FOR UPDATE",
                ImportLedger::item, itemId);
    }

    public void settle(long itemId, ItemState state, String sha256, Long submissionId, String detail,
                       long jobExecutionId, String worker) {
        jdbc.update("UPDATE import_item SET state = ?, sha256 = ?, submission_id = ?, detail = ?, "
                        + "job_execution_id = ?, worker = ?, settled_at = ? WHERE id = ?",
                state.name(), sha256, submissionId, truncate(detail, 2000), jobExecutionId, truncate(worker, 100),
                Timestamp.from(Instant.now()), itemId);
    }

    public int total(long runId) {
        return count("SELECT COUNT(*) FROM import_item WHERE run_id = ?", runId);
    }

    /** How far a run is: its settled items and all its items. */
    public record Progress(int settled, int total) {
    }

    /** Settled and all items in one query (each submission asks, for its progress line). */
    public Progress progress(long runId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN state <> 'PENDING' THEN 1 ELSE 0 END), 0), COUNT(*) "
                + "FROM import_item WHERE run_id = ?", (rs, n) -> new Progress(rs.getInt(1), rs.getInt(2)), runId);
    }

    public Map<ItemState, Integer> counts(long runId) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        jdbc.query("SELECT state, COUNT(*) FROM import_item WHERE run_id = ? GROUP BY state",
                rs -> { counts.put(ItemState.valueOf(rs.getString(1)), rs.getInt(2)); }, runId);
        return counts;
    }

    /** Facts loaded by the run's submissions. */
    public long facts(long runId) {
        Long facts = jdbc.queryForObject("SELECT COALESCE(SUM(s.fact_count), 0) FROM import_item i "
                + "JOIN submission s ON s.id = i.submission_id WHERE i.run_id = ? AND i.state IN "
                + "('LOADED', 'LOADED_WITH_ERRORS')", Long.class, runId);
        return facts == null ? 0 : facts;
    }

    /** Settled items whose file has not been moved out of the inbox yet. */
    public List<LedgerItem> settledNotMoved(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_item WHERE run_id = ? AND state NOT IN "
                + "('PENDING', 'MISSING') AND moved_to IS NULL ORDER BY item_no", ImportLedger::item, runId);
    }

    public void markMoved(long itemId, String movedTo) {
        jdbc.update("UPDATE import_item SET moved_to = ? WHERE id = ?", truncate(movedTo, 1000), itemId);
    }

    public Optional<Long> runOf(long jobExecutionId) {
        return jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                Long.class, jobExecutionId).stream().findFirst();
    }

    /** Records which process runs an execution, so a later `rerun` can tell a crash from a run still going. */
    public void recordOwner(long jobExecutionId, long runId, String host, long pid) {
        jdbc.update("INSERT INTO import_run (job_execution_id, run_id, host, pid, started_at) VALUES (?,?,?,?,?)",
                jobExecutionId, runId, truncate(host, 255), pid, Timestamp.from(Instant.now()));
    }

    public Optional<RunOwner> owner(long jobExecutionId) {
        return jdbc.query("SELECT host, pid FROM import_run WHERE job_execution_id = ?",
                (rs, n) -> new RunOwner(rs.getString(1), rs.getLong(2)), jobExecutionId).stream().findFirst();
    }

    /** The process that runs (or ran) an execution. */
    public record RunOwner(String host, long pid) {
    }

    private int count(String sql, long runId) {
        Integer n = jdbc.queryForObject(sql, Integer.class, runId);
        return n == null ? 0 : n;
    }

    private static LedgerItem item(ResultSet rs, int row) throws SQLException {
        long submissionId = rs.getLong("submission_id");
        Long submission = rs.wasNull() ? null : submissionId;
        return new LedgerItem(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("item_no"), rs.getString("source_path"),
                rs.getString("relative_path"), ItemState.valueOf(rs.getString("state")), rs.getString("sha256"),
                submission, rs.getString("detail"), rs.getString("moved_to"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
