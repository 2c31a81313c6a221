package org.juesuan.web.account;

import java.util.Objects;

/**
 * The signed-in person as every controller sees it (the authenticated principal's view). {@code departmentName} is
 * the department as printed on its workbooks and stored in {@code submission.department_name}; null for the bureau.
 */
public record PortalUser(String username, PortalRole role, String departmentName) {

    public PortalUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == PortalRole.DEPARTMENT && (departmentName == null || departmentName.isBlank())) {
            throw new IllegalArgumentException("a department account needs its department: " + username);
        }
    }

    public boolean isBureau() {
        return role == PortalRole.BUREAU;
    }

    /** The one question every route that serves a department's data asks, on the server. */
    public boolean maySee(String department) {
        return isBureau() || departmentName.equals(department);
    }
}
