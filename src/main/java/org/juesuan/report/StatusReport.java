package org.juesuan.report;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Recent import runs and submissions, for the operator's morning. */
@Component
public class StatusReport {

    private final JdbcTemplate jdbc;

    public StatusReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void print(int limit, PrintWriter out) {
        out.println("Recent runs:");
        print(jdbc.queryForList("SELECT e.JOB_EXECUTION_ID AS run, e.STATUS AS status, e.START_TIME AS started, "
                + "e.END_TIME AS ended, (SELECT COUNT(*) FROM submission s WHERE s.job_execution_id = e.JOB_EXECUTION_ID) AS submissions "
                + "FROM BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID DESC LIMIT " + limit), out);
        out.println();
        out.println("Recent submissions:");
        print(jdbc.queryForList("SELECT id, job_execution_id AS run, department_name AS department, fiscal_year, "
                + "status, version, is_current, table_count AS tables, fact_count AS facts, "
                + "error_count AS errors, warning_count AS warnings, "
                + "TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1000000.0 AS seconds, "
                + "COALESCE(reject_reason, source_path) AS detail FROM submission ORDER BY id DESC LIMIT " + limit), out);
    }

    private static void print(List<java.util.Map<String, Object>> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("  (none)");
            return;
        }
        List<String> header = List.copyOf(rows.get(0).keySet());
        TablePrinter.print(header, rows.stream().map(r -> List.copyOf(r.values().stream()
                .map(v -> v == null ? (Object) "" : v).toList())).toList(), false, out);
    }
}
