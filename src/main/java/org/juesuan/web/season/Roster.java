package org.juesuan.web.season;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The departments the bureau expects a submission from, by the name printed on their workbooks. Maintained by
 * {@code juesuan department add|import}; the season dashboard lists every active one, submitted or not.
 */
@Component
public class Roster {

    /** One department of the roster. */
    public record Entry(String departmentName, boolean active) {
    }

    private final JdbcTemplate jdbc;

    public Roster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the department, or makes it active again; @return whether it was not on the roster before */
    public boolean add(String departmentName) {
        String name = normalise(departmentName);
        int reactivated = jdbc.update("UPDATE portal_department SET active = TRUE WHERE department_name = ?", name);
        if (reactivated > 0) {
            return false;
        }
        jdbc.update("INSERT INTO portal_department (department_name, active, added_at) VALUES (?, TRUE, ?)", name,
                Timestamp.from(Instant.now()));
        return true;
    }

    /** @return how many of the names were new to the roster */
    public int addAll(List<String> names) {
        int added = 0;
        for (String name : names) {
            added += add(name) ? 1 : 0;
        }
        return added;
    }

    public List<Entry> list() {
        return jdbc.query("SELECT department_name, active FROM portal_department ORDER BY department_name",
                (rs, n) -> new Entry(rs.getString(1), rs.getBoolean(2)));
    }

    public List<String> activeNames() {
        return jdbc.queryForList("SELECT department_name FROM portal_department WHERE active = TRUE "
                + "ORDER BY department_name", String.class);
    }

    /** The name as workbooks print it: no surrounding or full-width spaces. */
    static String normalise(String name) {
        String stripped = name == null ? "" : name.replace('\u3000', ' ').strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            throw new IllegalArgumentException(name);
        }
        return stripped;
    }
}
