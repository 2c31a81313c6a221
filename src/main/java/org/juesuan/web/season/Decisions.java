package org.juesuan.web.season;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.juesuan.model.Messages;
import org.juesuan.web.account.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** 退回 / 接收: the bureau's replies, which the department reads on its history page. */
@Component
public class Decisions {

    private final JdbcTemplate jdbc;

    public Decisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return why the reply cannot be given, or empty when it was recorded */
    public Optional<String> decide(PortalUser user, long submissionId, String decision, String message) {
        if (!user.isBureau()) {
            return Optional.of(Messages.text("season.decision.bureau-only"));
        }
        if (!Decision.RETURNED.equals(decision) && !Decision.ACCEPTED.equals(decision)) {
            return Optional.of(Messages.text("season.decision.unknown"));
        }
        String text = message == null ? "" : message.strip();
        if (Decision.RETURNED.equals(decision) && text.isEmpty()) {
            return Optional.of(Messages.text("season.decision.message-missing"));
        }
        List<Object[]> submission = jdbc.query("SELECT department_name, fiscal_year FROM submission WHERE id = ? "
                + "AND department_name IS NOT NULL AND fiscal_year IS NOT NULL",
                (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}, submissionId);
        if (submission.isEmpty()) {
            return Optional.of(Messages.text("season.decision.no-submission"));
        }
        Long filing = jdbc.queryForObject("SELECT MAX(id) FROM portal_filing WHERE submission_id = ?", Long.class,
                submissionId);
        jdbc.update("INSERT INTO portal_decision (submission_id, filing_id, department_name, fiscal_year, decision, "
                + "message, decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?)", submissionId, filing, submission.get(0)[0],
                submission.get(0)[1], decision, text.length() > 2000 ? text.substring(0, 2000) : text,
                user.username(), Timestamp.from(Instant.now()));
        return Optional.empty();
    }

    /** The replies a department received, newest first. */
    public List<Decision> ofDepartment(String department) {
        return jdbc.query("SELECT * FROM portal_decision WHERE department_name = ? ORDER BY id DESC",
                (rs, n) -> row(rs), department);
    }

    public List<Decision> ofSubmission(long submissionId) {
        return jdbc.query("SELECT * FROM portal_decision WHERE submission_id = ? ORDER BY id DESC",
                (rs, n) -> row(rs), submissionId);
    }

    private static Decision row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("submission_id"), rs.getString("department_name"),
                rs.getInt("fiscal_year"), rs.getString("decision"), rs.getString("message"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
