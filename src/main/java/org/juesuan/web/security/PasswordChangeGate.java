package org.juesuan.web.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the one-time password is replaced, a signed-in account reaches only the password page (and logout, the
 * style sheet, the error page): every other request is sent to {@code /password}.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/password";
    private static final List<String> OPEN = List.of(PASSWORD_PAGE, "/logout", "/error", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal
                && principal.mustChangePassword() && !open(request)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.contains(path) || path.startsWith("/css/");
    }
}
