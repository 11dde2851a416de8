package org.partnershiphub.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in and account settings (application.yml under {@code hub.security}). */
@ConfigurationProperties("hub.security")
public record IdentityProperties(int maxFailedSignIns, Duration throttleWindow, Duration absoluteSessionLifetime,
                                 Duration invitationLifetime) {
}
