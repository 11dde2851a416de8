package org.partnershiphub.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnershiphub.shared.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Updates the signed-in person held in the session after their own password change. */
@Component
public class AccountSession {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public boolean mustChangePassword() {
        return CurrentUser.find().orElse(null) instanceof AccountPrincipal principal && principal.mustChangePassword();
    }

    public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
        if (!(CurrentUser.find().orElse(null) instanceof AccountPrincipal principal)) {
            return;
        }
        AccountPrincipal updated = principal.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
