package org.juesuan.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.query.TablePrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent import runs and submissions, for the operator's morning: what each run found and how
 * each submission settled, which runs did not complete (and whether their process is gone, so
 * `rerun --failed` will finish them), and what is still pending.
 */
@Component
public class StatusReport {

    private final JdbcTemplate jdbc;
    private final UnfinishedRuns recovery;

    public StatusReport(JdbcTemplate jdbc, UnfinishedRuns recovery) {
        this.jdbc = jdbc;
        this.recovery = recovery;
    }

    public void print(int limit, PrintWriter out) {
        out.println("Recent runs:");
        List<Map<String, Object>> runs = jdbc.queryForList("SELECT i.JOB_INSTANCE_ID AS run, e.JOB_EXECUTION_ID AS "
                + "execution, e.STATUS AS status, (SELECT COUNT(*) FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = "
                + "i.JOB_INSTANCE_ID) AS attempts, e.START_TIME AS started, e.END_TIME AS ended, "
                + "COALESCE(c.n, 0) AS submissions, COALESCE(c.loaded, 0) AS loaded, COALESCE(c.flagged, 0) AS "
                + "with_errors, COALESCE(c.rejected, 0) AS rejected, COALESCE(c.unchanged, 0) AS unchanged, "
                + "COALESCE(c.pending, 0) AS pending FROM BATCH_JOB_INSTANCE i JOIN BATCH_JOB_EXECUTION e "
                + "ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID LEFT JOIN (SELECT run_id, COUNT(*) AS n, "
                + "SUM(CASE WHEN state = 'LOADED' THEN 1 ELSE 0 END) AS loaded, "
                + "SUM(CASE WHEN state = 'LOADED_WITH_ERRORS' THEN 1 ELSE 0 END) AS flagged, "
                + "SUM(CASE WHEN state = 'REJECTED' THEN 1 ELSE 0 END) AS rejected, "
                + "SUM(CASE WHEN state = 'UNCHANGED' THEN 1 ELSE 0 END) AS unchanged, "
                + "SUM(CASE WHEN state = 'PENDING' THEN 1 ELSE 0 END) AS pending "
                + "FROM import_item GROUP BY run_id) c ON c.run_id = i.JOB_INSTANCE_ID "
                + "WHERE e.JOB_EXECUTION_ID = (SELECT MAX(y.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION y "
                + "WHERE y.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID) ORDER BY i.JOB_INSTANCE_ID DESC LIMIT " + limit);
        List<String> notes = new ArrayList<>();
        for (UnfinishedRuns.Unfinished run : recovery.unfinished()) {
            notes.add("  run #" + run.runId() + " did not complete (" + run.status() + "): "
                    + recovery.stillRunning(run).orElse("its process is gone — `juesuan rerun --failed` finishes it"));
        }
        print(runs, out);
        notes.forEach(out::println);
        out.println();
        out.println("Recent submissions:");
        print(jdbc.queryForList("SELECT s.id, i.run_id AS run, s.department_name AS department, s.fiscal_year, "
                + "s.status, s.version, s.is_current, s.table_count AS tables, s.fact_count AS facts, "
                + "s.error_count AS errors, s.warning_count AS warnings, "
                + "TIMESTAMPDIFF(MICROSECOND, s.started_at, s.finished_at) / 1000000.0 AS seconds, "
                + "COALESCE(s.reject_reason, s.source_path) AS detail FROM submission s "
                + "LEFT JOIN import_item i ON i.submission_id = s.id AND i.state <> 'UNCHANGED' "
                + "ORDER BY s.id DESC LIMIT " + limit), out);
        List<Map<String, Object>> waiting = jdbc.queryForList("SELECT run_id AS run, item_no AS item, state, "
                + "COALESCE(detail, source_path) AS detail FROM import_item WHERE state IN ('PENDING', 'UNCHANGED', "
                + "'MISSING') ORDER BY run_id DESC, item_no LIMIT " + limit);
        if (!waiting.isEmpty()) {
            out.println();
            out.println("Submissions not loaded by their run (pending, unchanged, missing):");
            print(waiting, out);
        }
    }

    private static void print(List<Map<String, Object>> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("  (none)");
            return;
        }
        List<String> header = List.copyOf(new LinkedHashMap<>(rows.get(0)).keySet());
        TablePrinter.print(header, rows.stream().map(r -> List.copyOf(r.values().stream()
                .map(v -> v == null ? (Object) "" : v).toList())).toList(), false, out);
    }
}
