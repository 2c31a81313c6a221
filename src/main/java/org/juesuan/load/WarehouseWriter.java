package org.juesuan.load;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.model.CellRef;
import org.juesuan.model.Fact;
import org.juesuan.model.Finding;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;
import org.juesuan.model.TablePresence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes one analysed submission into the warehouse. Called inside the chunk transaction, so a
 * submission lands whole or not at all; a loaded one becomes the current version of its
 * department's year.
 */
@Component
public class WarehouseWriter {

    private static final Set<TableCode> ECONOMIC_TABLES = Set.of(TableCode.T08, TableCode.T09);
    private static final Set<TableCode> FIXED_LINE_TABLES = Set.of(TableCode.T01, TableCode.T04, TableCode.T13);

    private final JdbcTemplate jdbc;

    public WarehouseWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new submission id */
    public long write(Submission submission, Long jobExecutionId, boolean dryRun, Instant startedAt) {
        boolean accepted = !dryRun && submission.status() != SubmissionStatus.REJECTED;
        Integer version = null;
        if (accepted) {
            version = jdbc.queryForObject("SELECT COALESCE(MAX(version), 0) + 1 FROM submission "
                            + "WHERE department_name = ? AND fiscal_year = ?", Integer.class,
                    submission.departmentName(), submission.fiscalYear());
            jdbc.update("UPDATE submission SET is_current = FALSE WHERE department_name = ? AND fiscal_year = ? "
                    + "AND is_current = TRUE", submission.departmentName(), submission.fiscalYear());
        }
        long id = insertSubmission(submission, jobExecutionId, dryRun, accepted, version, startedAt);
        insertTables(id, submission.tables());
        if (accepted) {
            insertFacts(id, submission.facts());
            registerNewCodes(submission.facts());
        }
        insertFindings(id, submission.findings());
        return id;
    }

    private long insertSubmission(Submission s, Long jobExecutionId, boolean dryRun, boolean accepted,
                                  Integer version, Instant startedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO submission (job_execution_id, source_path, "
                    + "sha256, department_name, fiscal_year, status, reject_reason, dry_run, version, is_current, "
                    + "table_count, fact_count, error_count, warning_count, rules_passed, rules_failed, "
                    + "rules_not_applicable, started_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setObject(1, jobExecutionId);
            ps.setString(2, s.sourcePath());
            ps.setString(3, s.sha256());
            ps.setString(4, s.departmentName());
            ps.setObject(5, s.fiscalYear());
            ps.setString(6, s.status().name());
            ps.setString(7, truncate(s.rejectReason(), 2000));
            ps.setBoolean(8, dryRun);
            ps.setObject(9, version);
            ps.setBoolean(10, accepted);
            ps.setInt(11, s.tables().size());
            ps.setInt(12, accepted ? s.facts().size() : 0);
            ps.setLong(13, s.errorCount());
            ps.setLong(14, s.warningCount());
            ps.setInt(15, s.ruleCounts().passed());
            ps.setInt(16, s.ruleCounts().failed());
            ps.setInt(17, s.ruleCounts().notApplicable());
            ps.setTimestamp(18, Timestamp.from(startedAt));
            ps.setTimestamp(19, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private void insertTables(long id, List<TablePresence> tables) {
        jdbc.batchUpdate("INSERT INTO submission_table (submission_id, table_code, source_file, source_sheet, unit, "
                + "data_rows, note) VALUES (?,?,?,?,?,?,?)", tables, tables.size(), (ps, t) -> {
            ps.setLong(1, id);
            ps.setString(2, t.table().name());
            ps.setString(3, t.sourceFile());
            ps.setString(4, t.sourceSheet());
            ps.setString(5, t.unit());
            ps.setInt(6, t.dataRows());
            ps.setString(7, truncate(t.note(), 2000));
        });
    }

    private void insertFacts(long id, List<Fact> facts) {
        jdbc.batchUpdate("INSERT INTO fact (submission_id, table_code, row_key, column_key, row_name, amount_yuan, "
                + "source_file, source_sheet, source_cell) VALUES (?,?,?,?,?,?,?,?,?)", facts, 1000, (ps, f) -> {
            ps.setLong(1, id);
            ps.setString(2, f.table().name());
            ps.setString(3, f.rowKey());
            ps.setString(4, f.columnKey());
            ps.setString(5, truncate(f.rowName(), 200));
            ps.setBigDecimal(6, f.amountYuan());
            ps.setString(7, f.source().file());
            ps.setString(8, f.source().sheet());
            ps.setString(9, f.source().cell());
        });
    }

    private void insertFindings(long id, List<Finding> findings) {
        jdbc.batchUpdate("INSERT INTO finding (submission_id, rule_id, severity, table_code, source_file, source_sheet, "
                + "source_cell, message, expected_yuan, actual_yuan, cells) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                findings, 1000, (ps, f) -> {
                    CellRef at = f.primaryCell();
                    ps.setLong(1, id);
                    ps.setString(2, f.ruleId());
                    ps.setString(3, f.severity().name());
                    ps.setString(4, f.table() == null ? null : f.table().name());
                    ps.setString(5, at == null ? null : at.file());
                    ps.setString(6, at == null ? null : at.sheet());
                    ps.setString(7, at == null ? null : at.cell());
                    ps.setString(8, truncate(f.message(), 2000));
                    ps.setBigDecimal(9, f.expectedYuan());
                    ps.setBigDecimal(10, f.actualYuan());
                    ps.setString(11, truncate(CellRef.formatList(f.cells()), 4000));
                });
    }

    /** Codes the catalogs lack join the dimensions, flagged, with the name as printed. */
    private void registerNewCodes(List<Fact> facts) {
        Map<String, Fact> functional = new LinkedHashMap<>();
        Map<String, Fact> economic = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (!f.rowKey().chars().allMatch(Character::isDigit) || FIXED_LINE_TABLES.contains(f.table())) {
                continue;
            }
            (ECONOMIC_TABLES.contains(f.table()) ? economic : functional).putIfAbsent(f.rowKey(), f);
        }
        insertMissing("dim_functional_class", functional);
        insertMissing("dim_economic_class", economic);
    }

    private void insertMissing(String table, Map<String, Fact> codes) {
        List<String> known = codes.isEmpty() ? List.of() : jdbc.queryForList("SELECT DISTINCT code FROM " + table
                + " WHERE code IN (" + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ")",
                String.class, codes.keySet().toArray());
        List<Fact> missing = new ArrayList<>();
        codes.forEach((code, fact) -> {
            if (!known.contains(code)) {
                missing.add(fact);
            }
        });
        jdbc.batchUpdate("INSERT INTO " + table + " (code, name, level, parent_code, from_catalog) VALUES (?,?,?,?,FALSE)",
                missing, 100, (ps, f) -> {
                    String code = f.rowKey();
                    ps.setString(1, code);
                    ps.setString(2, truncate(f.rowName() == null || f.rowName().isBlank() ? code : f.rowName(), 100));
                    ps.setInt(3, code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3);
                    ps.setString(4, code.length() == 3 ? null : code.substring(0, code.length() - 2));
                });
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
