package org.juesuan.report;

import java.util.List;
import java.util.Optional;

import org.juesuan.model.CellRef;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a submission's report back from the warehouse. */
@Component
public class SubmissionReportRepository {

    private final JdbcTemplate jdbc;

    public SubmissionReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The submissions an import run wrote, over all its attempts (see import_item). */
    public List<Long> idsOfRun(long runId) {
        return jdbc.queryForList("SELECT submission_id FROM import_item WHERE run_id = ? AND submission_id IS NOT NULL "
                + "ORDER BY item_no", Long.class, runId);
    }

    public Optional<SubmissionReport> load(long id) {
        // An inbox run moves its files to archive/ or rejected/: the report points at where the file is now.
        List<SubmissionReport> found = jdbc.query("SELECT s.*, (SELECT MAX(i.moved_to) FROM import_item i "
                + "WHERE i.submission_id = s.id) AS moved_to FROM submission s WHERE s.id = ?", (rs, n) ->
                new SubmissionReport(id, rs.getString("moved_to") != null ? rs.getString("moved_to")
                        : rs.getString("source_path"), rs.getString("department_name"),
                        (Integer) rs.getObject("fiscal_year", Integer.class), rs.getString("status"),
                        rs.getString("reject_reason"), new RuleCounts(rs.getInt("rules_passed"),
                        rs.getInt("rules_failed"), rs.getInt("rules_not_applicable")),
                        tables(id), findings(id)), id);
        return found.stream().findFirst();
    }

    private List<SubmissionReport.Table> tables(long id) {
        return jdbc.query("SELECT * FROM submission_table WHERE submission_id = ? ORDER BY table_code", (rs, n) ->
                new SubmissionReport.Table(rs.getString("table_code"), TableCode.valueOf(rs.getString("table_code")).title(),
                        rs.getString("source_file"), rs.getString("source_sheet"), rs.getString("unit"),
                        rs.getInt("data_rows"), rs.getString("note")), id);
    }

    private List<SubmissionReport.Item> findings(long id) {
        return jdbc.query("SELECT * FROM finding WHERE submission_id = ? ORDER BY id", (rs, n) ->
                new SubmissionReport.Item(rs.getString("rule_id"), rs.getString("severity"), rs.getString("table_code"),
                        rs.getString("message"), rs.getBigDecimal("expected_yuan"), rs.getBigDecimal("actual_yuan"),
                        CellRef.parseList(rs.getString("cells"))), id);
    }
}
