package org.juesuan.web.account;

import java.time.LocalDateTime;

/** One row of {@code portal_account}: who may sign in, as what, and the state of their password and lock. */
public record PortalAccount(long id, String username, String passwordHash, PortalRole role, String departmentName,
                            boolean mustChangePassword, int failedLogins, LocalDateTime lockedUntil,
                            LocalDateTime createdAt, LocalDateTime lastLoginAt) {

    public PortalUser user() {
        return new PortalUser(username, role, departmentName);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
