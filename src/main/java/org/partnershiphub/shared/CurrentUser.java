package org.partnershiphub.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in person from the security context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<HubPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HubPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static HubPrincipal require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
