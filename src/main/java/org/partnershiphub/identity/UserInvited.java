package org.partnershiphub.identity;

/** Someone was invited to the hub. The one-time link itself is never put in an event: it is a secret. */
public record UserInvited(long userId, long organisationId) {
}
