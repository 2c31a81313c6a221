package org.juesuan.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.juesuan.web.account.PortalAccounts;
import org.juesuan.web.audit.PortalAuditLog;
import org.juesuan.web.audit.PortalAuditLog.Action;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What a login attempt leaves behind: a success resets the count of failures; a wrong password counts one (on the
 * server, per account) and the {@value PortalAccounts#MAX_FAILED_LOGINS}th locks; each is in the audit log. The
 * login page is told only "wrong name or password" or "locked" (never which of name and password was wrong).
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final String USERNAME = "username";

    private final PortalAccounts accounts;
    private final PortalAuditLog audit;

    LoginOutcomes(PortalAccounts accounts, PortalAuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(true); // never back to a URL saved from before the login
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        PortalPrincipal principal = (PortalPrincipal) authentication.getPrincipal();
        accounts.recordSuccess(principal.getUsername());
        audit.record(principal.user(), Action.LOGIN, principal.user().departmentName(), null, null);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter(USERNAME);
        username = username == null ? "" : username.strip();
        String outcome;
        if (exception instanceof LockedException) {
            audit.record(username, Action.LOGIN_LOCKED, null, null, null);
            outcome = "locked";
        } else if (!username.isEmpty() && accounts.recordFailure(username)) {
            audit.record(username, Action.ACCOUNT_LOCKED, null, null,
                    PortalAccounts.MAX_FAILED_LOGINS + " failures in a row");
            outcome = "locked";
        } else {
            audit.record(username, Action.LOGIN_FAILED, null, null, null);
            outcome = "bad";
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + outcome);
    }
}
