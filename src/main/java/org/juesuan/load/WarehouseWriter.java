package org.juesuan.load;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.juesuan.model.CellRef;
import org.juesuan.model.ClassCode;
import org.juesuan.model.CodeHierarchy;
import org.juesuan.model.Fact;
import org.juesuan.model.Finding;
import org.juesuan.model.Messages;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TablePresence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one analysed submission into the warehouse. Called inside the submission's transaction,
 * so it lands whole or not at all.
 *
 * <p>Versions: a loaded submission is the next version of its department's year. Its
 * {@code department_year} row is locked first (one row, by primary key: parallel writers of
 * different departments never wait on each other, writers of the same department queue), and
 * under that lock the content is checked once more, so the same bytes are never loaded twice.
 * The new version becomes current unless its file is older (last-modified) than the current
 * version's; then it is kept as history only (README, "Versions").
 */
@Component
public class WarehouseWriter {

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseWriter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public WarehouseWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What became of a written submission. */
    public record Written(long submissionId, ItemState state, String detail) {
    }

    /** A loaded submission with the given content, if there is one. */
    public Optional<Written> loadedWithContent(String sha256) {
        return jdbc.query("SELECT id, department_name, fiscal_year, version, is_current FROM submission "
                + "WHERE content_key = ?", (rs, n) -> new Written(rs.getLong(1), ItemState.UNCHANGED,
                Messages.text("import.unchanged.detail", rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        Messages.text(rs.getBoolean(5) ? "import.unchanged.current" : "import.unchanged.not-current"))),
                sha256).stream().findFirst();
    }

    public Written write(Submission submission, Long jobExecutionId, boolean dryRun, Instant startedAt,
                         Instant sourceModifiedAt) {
        boolean accepted = !dryRun && submission.status() != SubmissionStatus.REJECTED;
        if (!accepted) {
            long id = insertSubmission(submission, jobExecutionId, dryRun, false, null, false, startedAt,
                    sourceModifiedAt);
            insertTables(id, submission.tables());
            insertFindings(id, submission.findings());
            return new Written(id, ItemState.valueOf(submission.status().name()),
                    submission.status() == SubmissionStatus.REJECTED ? submission.rejectReason() : "dry run");
        }
        String department = submission.departmentName();
        int year = submission.fiscalYear();
        Optional<DepartmentYear> locked = lockDepartmentYear(department, year);
        boolean created = false;
        if (locked.isEmpty()) {
            created = createDepartmentYear(department, year);
            locked = lockDepartmentYear(department, year);
        }
        DepartmentYear line = locked.orElseThrow();
        // A line this writer created has no versions: nobody could load these bytes under it before us (the
        // caller's check saw none loaded elsewhere), so the check under the lock would only cost a round trip.
        Optional<Written> same = created && line.versions() == 0 ? Optional.empty()
                : loadedWithContent(submission.sha256());
        if (same.isPresent()) {
            return same.get();
        }
        int version = line.versions() + 1;
        Long currentId = line.currentId();
        Instant currentModified = line.currentModified();
        boolean older = currentModified != null && sourceModifiedAt != null && sourceModifiedAt.isBefore(currentModified);
        long id = insertSubmission(submission, jobExecutionId, false, true, version, !older, startedAt, sourceModifiedAt);
        if (!older && currentId != null) {
            jdbc.update("UPDATE submission SET is_current = FALSE WHERE id = ?", currentId);
        }
        jdbc.update("UPDATE department_year SET versions = ?, current_submission_id = ? "
                + "WHERE department_name = ? AND fiscal_year = ?", version, older ? currentId : id, department, year);
        insertTables(id, submission.tables());
        insertFacts(id, submission.facts());
        registerNewCodes(submission);
        insertFindings(id, submission.findings());
        String detail = "version " + version + (older ? " kept as history: its file is older than current "
                + "submission #" + currentId : currentId == null ? "" : ", replaces submission #" + currentId);
        return new Written(id, ItemState.valueOf(submission.status().name()), detail);
    }

    /** A department's year as its lock row says: versions so far, and the current one with its file's date. */
    private record DepartmentYear(int versions, Long currentId, Instant currentModified) {
    }

    /**
     * Locks the department's year (its one row, by primary key) and reads the current version's file date in the
     * same round trip; empty when the row does not exist yet. Under READ COMMITTED (the import step's) a miss
     * takes no gap lock, so creating the row next cannot wait on this transaction.
     */
    private Optional<DepartmentYear> lockDepartmentYear(String department, int year) {
        return jdbc.query("SELECT d.versions, d.current_submission_id, c.source_modified_at FROM department_year d "
                + "LEFT JOIN submission c ON c.id = d.current_submission_id "
                + "WHERE d.department_name = ? AND d.fiscal_year = ? FOR UPDATE", (rs, n) -> {
                    long current = rs.getLong(2);
                    Long currentId = rs.wasNull() ? null : current;
                    Timestamp modified = rs.getTimestamp(3);
                    return new DepartmentYear(rs.getInt(1), currentId, modified == null ? null : modified.toInstant());
                }, department, year).stream().findFirst();
    }

    /**
     * The lock row must exist before it is locked. Created in a transaction of its own, so that
     * two writers of a new department never both hold a shared lock on it and then ask to upgrade
     * (MySQL's classic insert-then-lock deadlock). @return whether this writer created it
     */
    private boolean createDepartmentYear(String department, int year) {
        try {
            // Not INSERT IGNORE: that would also turn "value too long" into a silent truncation.
            ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO department_year "
                    + "(department_name, fiscal_year, versions) VALUES (?, ?, 0)", department, year));
            return true;
        } catch (DuplicateKeyException e) {
            return false; // a parallel writer created it a moment ago: fine
        }
    }

    private long insertSubmission(Submission s, Long jobExecutionId, boolean dryRun, boolean accepted,
                                  Integer version, boolean current, Instant startedAt, Instant sourceModifiedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO submission (job_execution_id, source_path, "
                    + "sha256, department_name, fiscal_year, status, reject_reason, dry_run, version, is_current, "
                    + "table_count, fact_count, error_count, warning_count, rules_passed, rules_failed, "
                    + "rules_not_applicable, started_at, finished_at, content_key, source_modified_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setObject(1, jobExecutionId);
            ps.setString(2, truncate(s.sourcePath(), 1000));
            ps.setString(3, s.sha256());
            ps.setString(4, truncate(s.departmentName(), 200));
            ps.setObject(5, s.fiscalYear());
            ps.setString(6, s.status().name());
            ps.setString(7, truncate(s.rejectReason(), 2000));
            ps.setBoolean(8, dryRun);
            ps.setObject(9, version);
            ps.setBoolean(10, current);
            ps.setInt(11, s.tables().size());
            ps.setInt(12, accepted ? s.facts().size() : 0);
            ps.setLong(13, s.errorCount());
            ps.setLong(14, s.warningCount());
            ps.setInt(15, s.ruleCounts().passed());
            ps.setInt(16, s.ruleCounts().failed());
            ps.setInt(17, s.ruleCounts().notApplicable());
            ps.setTimestamp(18, Timestamp.from(startedAt));
            ps.setTimestamp(19, Timestamp.from(Instant.now()));
            ps.setString(20, accepted ? s.sha256() : null);
            ps.setTimestamp(21, sourceModifiedAt == null ? null : Timestamp.from(sourceModifiedAt));
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

    private void insertFacts(long id, Collection<Fact> facts) {
        if (facts.size() >= 250_000) {
            LOG.info("submission #{}: loading {} facts", id, String.format("%,d", facts.size()));
        }
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

    /**
     * Codes the catalogs lack join the dimensions, flagged, with the name as printed. A thousand at a
     * time (a submission may bring a million), in the submission's fixed code order, so that parallel
     * writers adding the same new codes lock them in the same order (no deadlock); IGNORE because one
     * of them may have added a code a moment ago.
     */
    private void registerNewCodes(Submission submission) {
        insertMissing("dim_functional_class", submission.functionalCodes());
        insertMissing("dim_economic_class", submission.economicCodes());
    }

    private void insertMissing(String dimension, Iterable<ClassCode> codes) {
        List<ClassCode> chunk = new ArrayList<>();
        for (ClassCode code : codes) {
            chunk.add(code);
            if (chunk.size() == 1000) {
                insertMissingChunk(dimension, chunk);
                chunk.clear();
            }
        }
        insertMissingChunk(dimension, chunk);
    }

    private void insertMissingChunk(String dimension, List<ClassCode> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(jdbc.queryForList("SELECT DISTINCT code FROM " + dimension + " WHERE code IN ("
                + String.join(",", Collections.nCopies(codes.size(), "?")) + ")", String.class,
                codes.stream().map(ClassCode::code).toArray()));
        List<ClassCode> missing = codes.stream().filter(c -> !known.contains(c.code())).toList();
        jdbc.batchUpdate("INSERT IGNORE INTO " + dimension + " (code, name, level, parent_code, from_catalog) "
                + "VALUES (?,?,?,?,FALSE)", missing, missing.size(), (ps, c) -> {
                    String code = c.code();
                    ps.setString(1, code);
                    ps.setString(2, truncate(c.name() == null || c.name().isBlank() ? code : c.name(), 100));
                    ps.setInt(3, CodeHierarchy.level(code));
                    ps.setString(4, CodeHierarchy.parent(code));
                });
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
