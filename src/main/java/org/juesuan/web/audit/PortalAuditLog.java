package org.juesuan.web.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.juesuan.web.account.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did what, to which department's data, when and from where ({@code portal_audit_log}): every login, failed
 * login and lock, password change, upload, 上报, 退回, 接收, download and rerun. Append-only; never a password.
 */
@Component
public class PortalAuditLog {

    /** What was done; stored by name. */
    public enum Action {
        LOGIN, LOGIN_FAILED, LOGIN_LOCKED, ACCOUNT_LOCKED, LOGOUT, PASSWORD_CHANGED,
        UPLOAD, UPLOAD_REFUSED, SUBMIT, RETURN, ACCEPT, DOWNLOAD, RERUN
    }

    /** One entry as read back (tests, a future page for the bureau). */
    public record Entry(LocalDateTime at, String username, String action, String departmentName, String target,
                        String detail, String remoteAddress) {
    }

    private static final int TARGET = 500;
    private static final int DETAIL = 2000;

    private final JdbcTemplate jdbc;

    public PortalAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param department whose data it concerns (the uploader's department, the submission's department …), or null
     * @param target     what it was done to: an upload, a submission id, a file name
     */
    public void record(PortalUser user, Action action, String department, String target, String detail) {
        record(user.username(), action, department, target, detail);
    }

    /** For what happens before anyone is signed in (a failed login names the username as typed). */
    public void record(String username, Action action, String department, String target, String detail) {
        jdbc.update("INSERT INTO portal_audit_log (at, username, action, department_name, target, detail, "
                        + "remote_address) VALUES (?, ?, ?, ?, ?, ?, ?)", Timestamp.valueOf(LocalDateTime.now()),
                cut(username, 100), action.name(), cut(department, 200), cut(target, TARGET), cut(detail, DETAIL),
                remoteAddress());
    }

    /** The latest entries first. */
    public List<Entry> latest(int limit) {
        return jdbc.query("SELECT at, username, action, department_name, target, detail, remote_address "
                + "FROM portal_audit_log ORDER BY id DESC LIMIT " + Math.max(1, limit), (rs, n) -> new Entry(
                rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return cut(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
