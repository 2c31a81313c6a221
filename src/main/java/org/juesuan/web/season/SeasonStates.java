package org.juesuan.web.season;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The state of every department in a fiscal year's season: every active department of the roster and every
 * department that has a submission or a 上报 that year. Five queries for the whole year, whatever its size.
 *
 * <p>The version a state is about is the last one the department 上报ed through the portal; a department that
 * only ever came in through {@code juesuan import} is judged on its current version. A reply (退回/接收) counts only
 * for that version and only when given after its 上报: a new 上报 reopens the season for the department.
 */
@Component
public class SeasonStates {

    private final JdbcTemplate jdbc;

    public SeasonStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Filed(long id, long submissionId, Instant at) {
    }

    private record Version(String status, Integer version, int errors, int warnings, Instant loadedAt) {
    }

    private record Reply(long submissionId, Long filingId, String decision, String message, Instant at) {
    }

    public List<SeasonRow> forYear(int year) {
        Set<String> roster = new HashSet<>(jdbc.queryForList(
                "SELECT department_name FROM portal_department WHERE active = TRUE", String.class));
        Map<String, Long> current = new HashMap<>();
        jdbc.query("SELECT department_name, current_submission_id FROM department_year WHERE fiscal_year = ? "
                + "AND current_submission_id IS NOT NULL", rs -> {
                    current.put(rs.getString(1), rs.getLong(2));
                }, year);
        Map<String, Filed> filed = new HashMap<>();
        // in the order they were written: the last row per department wins (ids, not clocks, say which came last)
        jdbc.query("SELECT department_name, id, submission_id, filed_at FROM portal_filing WHERE fiscal_year = ? "
                + "AND submission_id IS NOT NULL ORDER BY id", rs -> {
                    filed.put(rs.getString(1), new Filed(rs.getLong(2), rs.getLong(3), instant(rs.getTimestamp(4))));
                }, year);
        Map<Long, Version> versions = new HashMap<>();
        jdbc.query("SELECT s.id, s.status, s.version, s.error_count, s.warning_count, s.finished_at FROM submission s "
                + "WHERE s.id IN (SELECT current_submission_id FROM department_year WHERE fiscal_year = ?) "
                + "OR s.id IN (SELECT submission_id FROM portal_filing WHERE fiscal_year = ?)",
                rs -> {
                    versions.put(rs.getLong(1), new Version(rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                            rs.getInt(4), rs.getInt(5), instant(rs.getTimestamp(6))));
                }, year, year);
        Map<String, Reply> replies = new HashMap<>();
        jdbc.query("SELECT department_name, submission_id, filing_id, decision, message, decided_at FROM portal_decision "
                + "WHERE fiscal_year = ? ORDER BY id", rs -> {
                    replies.put(rs.getString(1), new Reply(rs.getLong(2), (Long) rs.getObject(3, Long.class),
                            rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6))));
                }, year);

        Set<String> departments = new TreeSet<>(roster);
        departments.addAll(current.keySet());
        departments.addAll(filed.keySet());
        List<SeasonRow> rows = new ArrayList<>();
        for (String department : departments) {
            rows.add(row(department, year, roster.contains(department), filed.get(department),
                    current.get(department), versions, replies.get(department)));
        }
        return rows;
    }

    public Optional<SeasonRow> of(String department, int year) {
        return forYear(year).stream().filter(r -> r.departmentName().equals(department)).findFirst();
    }

    /** The fiscal years the season dashboard can show: every year with a submission or a 上报, newest first. */
    public List<Integer> years() {
        return jdbc.queryForList("SELECT fiscal_year FROM department_year UNION SELECT fiscal_year FROM portal_filing "
                + "WHERE fiscal_year IS NOT NULL ORDER BY 1 DESC", Integer.class);
    }

    private static SeasonRow row(String department, int year, boolean onRoster, Filed filed, Long current,
                                 Map<Long, Version> versions, Reply reply) {
        Long subject = filed != null ? Long.valueOf(filed.submissionId()) : current;
        Version version = subject == null ? null : versions.get(subject);
        if (version == null) {
            return new SeasonRow(department, year, SeasonState.NOT_SUBMITTED, null, null, 0, 0, null, null, onRoster);
        }
        Instant since = filed != null ? filed.at() : version.loadedAt();
        // a reply answers the version's last 上报 (or, never 上报ed here, the version itself)
        boolean answered = reply != null && reply.submissionId() == subject
                && (filed == null || Long.valueOf(filed.id()).equals(reply.filingId()));
        SeasonState state = answered ? ("RETURNED".equals(reply.decision()) ? SeasonState.RETURNED : SeasonState.ACCEPTED)
                : "LOADED_WITH_ERRORS".equals(version.status()) ? SeasonState.FAILED_AUDIT : SeasonState.AWAITING_REVIEW;
        return new SeasonRow(department, year, state, subject, version.version(), version.errors(), version.warnings(),
                since, state == SeasonState.RETURNED ? reply.message() : null, onRoster);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
