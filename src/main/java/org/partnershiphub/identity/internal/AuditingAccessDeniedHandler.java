package org.partnershiphub.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A signed-in person refused a route: written to the audit trail (the path only, which holds no personal data,
 * and the method), then the GOV.UK "no access" page. Object-level denials are audited by the permission service
 * itself and arrive here already recorded.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditTrail audit;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings;

    AuditingAccessDeniedHandler(AuditTrail audit,
                                @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                                org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings) {
        this.audit = audit;
        this.mappings = mappings;
    }

    /** An address the hub does not have is "Page not found", not "no access" (and not a denial to audit). */
    private boolean noSuchPage(HttpServletRequest request) {
        try {
            return mappings.getObject().getHandler(request) == null;
        } catch (Exception methodOrMediaTypeMismatch) {
            return false;
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        if (!(denied instanceof CsrfException) && noSuchPage(request)) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        if (request.getAttribute(org.partnershiphub.identity.Permissions.DENIAL_AUDITED) == null) {
            String what = denied instanceof CsrfException ? "missing or invalid form token" : "route not permitted for role";
            audit.record(new AuditEvent(AuditAction.DENIED, "Route", request.getMethod() + " " + request.getRequestURI(),
                    AuditOutcome.DENIED, null, what));
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
