package org.juesuan.web.season;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;
import org.juesuan.model.Severity;
import org.juesuan.report.SubmissionReport;
import org.juesuan.submission.ImportOptions;
import org.juesuan.web.account.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * 上报: the department sends a checked upload to the bureau. Every WARNING needs its 说明 (审核说明); then the stored
 * files go through the real import ({@link ImportLauncher}) — versions and content identity as for any import — and
 * the portal keeps the submission id the import gave (a new version, or the one already holding these bytes).
 */
@Component
public class Filings {

    /** The 上报 recorded, or why not. */
    public record Outcome(Long filingId, Long submissionId, String refusal) {
    }

    private final JdbcTemplate jdbc;
    private final UploadAudit audit;
    private final ImportLauncher launcher;

    public Filings(JdbcTemplate jdbc, UploadAudit audit, ImportLauncher launcher) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.launcher = launcher;
    }

    /** The WARNINGs of the upload's audit, in the report's order: each needs a 说明 to 上报. */
    public static List<SubmissionReport.Item> warnings(SubmissionReport report) {
        return report.findings().stream().filter(f -> Severity.WARNING.name().equals(f.severity())).toList();
    }

    /**
     * @param explanations the 说明 of the n-th WARNING (0-based, in {@link #warnings} order)
     * @param note         the department's 报送说明 for the whole version (optional; kept as item 0)
     */
    public Outcome file(PortalUser user, PortalUpload upload, Map<Integer, String> explanations, String note) {
        if (user.isBureau() || !user.maySee(upload.departmentName())) {
            return new Outcome(null, null, Messages.text("season.filing.not-yours"));
        }
        if (!upload.readable()) {
            return new Outcome(null, null, Messages.text("season.filing.unreadable"));
        }
        SubmissionReport report = audit.report(upload);
        List<SubmissionReport.Item> warnings = warnings(report);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            String text = explanations.get(i);
            if (text == null || text.isBlank()) {
                missing.add(i + 1);
            }
        }
        if (!missing.isEmpty()) {
            return new Outcome(null, null, Messages.text("season.filing.explanation-missing",
                    String.join("、", missing.stream().map(String::valueOf).toList())));
        }
        ImportOutcome outcome = launcher.run(List.of(audit.stored(upload).files()),
                new ImportOptions(upload.fiscalYear(), false, false, true));
        List<Long> submissions = jdbc.queryForList("SELECT submission_id FROM import_item WHERE run_id = ? "
                + "AND submission_id IS NOT NULL ORDER BY item_no", Long.class, outcome.runId());
        if (outcome.failure() != null || submissions.size() != 1) {
            return new Outcome(null, null, Messages.text("season.filing.import-failed"));
        }
        long submissionId = submissions.get(0);
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO portal_filing (upload_id, submission_id, department_name, fiscal_year, "
                    + "filed_by, filed_at) VALUES (?,?,?,?,?,?)", new String[] {"id"});
            s.setLong(1, upload.id());
            s.setLong(2, submissionId);
            s.setString(3, upload.departmentName());
            s.setObject(4, upload.fiscalYear());
            s.setString(5, user.username());
            s.setTimestamp(6, now);
            return s;
        }, key);
        long filingId = key.getKey().longValue();
        if (note != null && !note.isBlank()) {
            jdbc.update("INSERT INTO portal_explanation (filing_id, item_no, rule_id, cells, finding_text, explanation) "
                    + "VALUES (?, 0, NULL, NULL, ?, ?)", filingId, Messages.text("season.filing.note"), clip(note.strip()));
        }
        for (int i = 0; i < warnings.size(); i++) {
            SubmissionReport.Item w = warnings.get(i);
            jdbc.update("INSERT INTO portal_explanation (filing_id, item_no, rule_id, cells, finding_text, explanation) "
                    + "VALUES (?,?,?,?,?,?)", filingId, i + 1, w.ruleId(), CellRef.formatList(w.cells()),
                    clip(w.message()), clip(explanations.get(i).strip()));
        }
        return new Outcome(filingId, submissionId, null);
    }

    /** The department's 上报s, newest first. */
    public List<Filing> ofDepartment(String department) {
        return query("WHERE f.department_name = ? ORDER BY f.id DESC", department);
    }

    /** The 上报s that led to this submission (the same bytes may be 上报ed twice), newest first. */
    public List<Filing> ofSubmission(long submissionId) {
        return query("WHERE f.submission_id = ? ORDER BY f.id DESC", submissionId);
    }

    public Optional<Filing> latestOf(long submissionId) {
        return ofSubmission(submissionId).stream().findFirst();
    }

    private List<Filing> query(String where, Object arg) {
        List<Filing> filings = jdbc.query("SELECT f.*, s.version, s.status FROM portal_filing f "
                + "LEFT JOIN submission s ON s.id = f.submission_id " + where, (rs, n) -> new Filing(rs.getLong("id"),
                rs.getLong("upload_id"), (Long) rs.getObject("submission_id", Long.class), rs.getString("department_name"),
                (Integer) rs.getObject("fiscal_year", Integer.class), rs.getString("filed_by"),
                rs.getTimestamp("filed_at").toInstant(), (Integer) rs.getObject("version", Integer.class),
                rs.getString("status"), List.of()), arg);
        List<Filing> withExplanations = new ArrayList<>();
        for (Filing f : filings) {
            withExplanations.add(new Filing(f.id(), f.uploadId(), f.submissionId(), f.departmentName(), f.fiscalYear(),
                    f.filedBy(), f.filedAt(), f.version(), f.submissionStatus(), jdbc.query(
                    "SELECT * FROM portal_explanation WHERE filing_id = ? ORDER BY item_no", (rs, n) ->
                            new Filing.Explanation(rs.getInt("item_no"), rs.getString("rule_id"), rs.getString("cells"),
                                    rs.getString("finding_text"), rs.getString("explanation")), f.id())));
        }
        return withExplanations;
    }

    private static String clip(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
