package org.partnershiphub.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.partnershiphub.shared.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Session rules that Spring Security does not give out of the box: a session lives at most 12 hours whatever the
 * activity, and someone signed in with a one-time password must choose their own before doing anything else.
 */
@Component
class SessionRules extends OncePerRequestFilter {

    private static final Set<String> ALLOWED_WHILE_CHANGING = Set.of("/account/password", "/sign-out", "/error");

    private final IdentityProperties properties;
    static final String SIGNED_IN_AT = SessionRules.class.getName() + ".SIGNED_IN_AT";

    private final Clock clock;

    SessionRules(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && CurrentUser.find().isPresent()) {
            // measured on the application's clock from the first signed-in request, not the container's creation time,
            // so the absolute lifetime follows the same clock as everything else (and tests that move it)
            Object started = session.getAttribute(SIGNED_IN_AT);
            if (!(started instanceof Long)) {
                started = clock.millis();
                session.setAttribute(SIGNED_IN_AT, started);
            }
            long ageMillis = clock.millis() - (Long) started;
            if (ageMillis > properties.absoluteSessionLifetime().toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/sign-in?ended");
                return;
            }
            if (CurrentUser.find().get() instanceof AccountPrincipal principal && principal.mustChangePassword()
                    && !ALLOWED_WHILE_CHANGING.contains(ClientAddress.path(request))
                    && !isAsset(ClientAddress.path(request))) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/assets/") || path.startsWith("/css/") || path.startsWith("/js/");
    }
}
