package org.juesuan.web.season;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.juesuan.model.SubmissionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The portal_upload rows: what each department uploaded and what the audit said. */
@Component
public class PortalUploads {

    private static final String NAME_SEPARATOR = "\n";

    private final JdbcTemplate jdbc;

    public PortalUploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(PortalUpload u) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO portal_upload (department_name, fiscal_year, uploaded_by, uploaded_at, "
                    + "file_names, sha256, folder_key, verdict, error_count, warning_count) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    new String[] {"id"});
            s.setString(1, u.departmentName());
            s.setObject(2, u.fiscalYear());
            s.setString(3, u.uploadedBy());
            s.setTimestamp(4, Timestamp.from(u.uploadedAt()));
            s.setString(5, String.join(NAME_SEPARATOR, u.fileNames()));
            s.setString(6, u.sha256());
            s.setString(7, u.folderKey());
            s.setString(8, u.verdict().name());
            s.setInt(9, u.errorCount());
            s.setInt(10, u.warningCount());
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<PortalUpload> find(long id) {
        return jdbc.query("SELECT * FROM portal_upload WHERE id = ?", PortalUploads::row, id).stream().findFirst();
    }

    /** The department's uploads, newest first. */
    public List<PortalUpload> ofDepartment(String department) {
        return jdbc.query("SELECT * FROM portal_upload WHERE department_name = ? ORDER BY uploaded_at DESC, id DESC",
                PortalUploads::row, department);
    }

    private static PortalUpload row(ResultSet rs, int n) throws SQLException {
        return new PortalUpload(rs.getLong("id"), rs.getString("department_name"),
                (Integer) rs.getObject("fiscal_year", Integer.class), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), Arrays.asList(rs.getString("file_names").split(NAME_SEPARATOR)),
                rs.getString("sha256"), rs.getString("folder_key"), SubmissionStatus.valueOf(rs.getString("verdict")),
                rs.getInt("error_count"), rs.getInt("warning_count"));
    }
}
