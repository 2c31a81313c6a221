package org.juesuan.web.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.juesuan.model.Messages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The portal's accounts in {@code portal_account}: created and reset by the bureau ({@code user add|reset}), the
 * password changed by its holder, failed logins counted here on the server. The one place that hashes passwords
 * (a {@code DelegatingPasswordEncoder}: bcrypt, the stored hash says which); a password is never logged or stored.
 */
public class PortalAccounts {

    /** Consecutive wrong passwords that lock an account. */
    public static final int MAX_FAILED_LOGINS = 10;

    /** Letters and digits a person can read back from a printout without confusing 0/O or 1/l/I. */
    private static final String READABLE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Duration lockTime;

    public PortalAccounts(JdbcTemplate jdbc, Duration lockTime) {
        this(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(), lockTime);
    }

    public PortalAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, Duration lockTime) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.lockTime = lockTime;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    public Duration lockTime() {
        return lockTime;
    }

    /** An account that cannot be created or changed; the message is for the person at the shell or the page. */
    public static final class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }

    /**
     * Creates an account whose holder must choose a new password at the first login.
     *
     * @param initialPassword the one-time password, or null to generate one
     * @return the one-time password (to hand over once; only its hash is kept)
     */
    public String add(String username, PortalRole role, String departmentName, String initialPassword) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 100 || !name.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '.' || c == '_' || c == '-' || c == '@')) {
            throw new AccountException(Messages.text("portal.user.bad-username", username));
        }
        String department = departmentName == null || departmentName.isBlank() ? null : departmentName.strip();
        if (role == PortalRole.DEPARTMENT && department == null) {
            throw new AccountException(Messages.text("portal.user.department-needed", name));
        }
        if (role == PortalRole.BUREAU && department != null) {
            throw new AccountException(Messages.text("portal.user.bureau-no-department", name));
        }
        String password = initialPassword == null ? generate() : initialPassword;
        PasswordRules.refusal(name, password).ifPresent(reason -> {
            throw new AccountException(reason);
        });
        try {
            jdbc.update("INSERT INTO portal_account (username, password_hash, role, department_name, "
                            + "must_change_password, failed_logins, created_at) VALUES (?, ?, ?, ?, TRUE, 0, ?)",
                    name, encoder.encode(password), role.name(), department, now());
        } catch (DuplicateKeyException e) {
            throw new AccountException(Messages.text("portal.user.exists", name));
        }
        return password;
    }

    /** A new one-time password (null: generated); unlocks the account and asks for a new password at next login. */
    public String reset(String username, String newPassword) {
        String password = newPassword == null ? generate() : newPassword;
        PasswordRules.refusal(username, password).ifPresent(reason -> {
            throw new AccountException(reason);
        });
        int rows = jdbc.update("UPDATE portal_account SET password_hash = ?, must_change_password = TRUE, "
                + "failed_logins = 0, locked_until = NULL WHERE username = ?", encoder.encode(password), username);
        if (rows == 0) {
            throw new AccountException(Messages.text("portal.user.unknown", username));
        }
        return password;
    }

    /** The holder's own new password (checked against the rules); the one-time password is then spent. */
    public void changePassword(String username, String newPassword) {
        PasswordRules.refusal(username, newPassword).ifPresent(reason -> {
            throw new AccountException(reason);
        });
        jdbc.update("UPDATE portal_account SET password_hash = ?, must_change_password = FALSE, "
                + "password_changed_at = ? WHERE username = ?", encoder.encode(newPassword), now(), username);
    }

    public boolean matches(PortalAccount account, String password) {
        return encoder.matches(password, account.passwordHash());
    }

    public Optional<PortalAccount> find(String username) {
        return jdbc.query(SELECT + " WHERE username = ?", PortalAccounts::account, username).stream().findFirst();
    }

    public List<PortalAccount> list() {
        return jdbc.query(SELECT + " ORDER BY role, department_name, username", PortalAccounts::account);
    }

    /**
     * One more wrong password; the {@value #MAX_FAILED_LOGINS}th in a row locks the account for the lock time
     * (and starts the count again for when it ends). One statement, so concurrent attempts all count.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailure(String username) {
        LocalDateTime until = LocalDateTime.now().plus(lockTime);
        // locked_until first: MySQL evaluates SET left to right with the values already assigned
        int rows = jdbc.update("UPDATE portal_account SET "
                + "locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END, "
                + "failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END "
                + "WHERE username = ?", MAX_FAILED_LOGINS, Timestamp.valueOf(until), MAX_FAILED_LOGINS, username);
        if (rows == 0) {
            return false;
        }
        return find(username).map(a -> a.failedLogins() == 0 && a.lockedAt(LocalDateTime.now())).orElse(false);
    }

    /** A successful login: the count of failures starts again. */
    public void recordSuccess(String username) {
        jdbc.update("UPDATE portal_account SET failed_logins = 0, locked_until = NULL, last_login_at = ? "
                + "WHERE username = ?", now(), username);
    }

    private static final String SELECT = "SELECT id, username, password_hash, role, department_name, "
            + "must_change_password, failed_logins, locked_until, created_at, last_login_at FROM portal_account";

    private static PortalAccount account(ResultSet rs, int n) throws SQLException {
        return new PortalAccount(rs.getLong(1), rs.getString(2), rs.getString(3), PortalRole.valueOf(rs.getString(4)),
                rs.getString(5), rs.getBoolean(6), rs.getInt(7), time(rs.getTimestamp(8)), time(rs.getTimestamp(9)),
                time(rs.getTimestamp(10)));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }

    private static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return password.toString();
    }
}
