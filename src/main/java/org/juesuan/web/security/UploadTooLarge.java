package org.juesuan.web.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * A refused request is a 403 page, except an upload over the size limits: the server stops reading it, so its
 * CSRF token (a form field after the file) is never seen and the refusal would wrongly read "no permission". Such
 * a request gets 413 and the page names the limits.
 */
@Component
class UploadTooLarge implements AccessDeniedHandler {

    private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (overLimits(request)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        refused.handle(request, response, denied);
    }

    static boolean overLimits(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) { // Tomcat: the size limits of the multipart configuration were exceeded
            return true;
        } catch (IOException | ServletException | RuntimeException e) {
            return false;
        }
    }
}
