package org.partnershiphub.identity.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional sign-in through an OpenID Connect provider (Microsoft Entra ID for councils and the NHS), off unless
 * {@code hub.oidc.enabled=true} and a {@code spring.security.oauth2.client.registration.<id>} is configured.
 * The person must already have an account (matched on the email claim); {@code agencyClaim} (Entra: {@code tid}, the
 * tenant) is mapped through {@code agencies} (claim value to agency name) and must match the account's agency.
 */
@ConfigurationProperties("hub.oidc")
public record OidcProperties(boolean enabled, String registrationId, String emailClaim, String agencyClaim,
                             Map<String, String> agencies) {

    public OidcProperties {
        registrationId = registrationId == null || registrationId.isBlank() ? "entra" : registrationId;
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim;
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }
}
