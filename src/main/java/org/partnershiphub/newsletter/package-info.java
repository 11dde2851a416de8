/**
 * The practitioner newsletter: issues composed from sections (heading, text with links, an optional checked image with
 * alternative text), previewed, published as public pages (an archive of past issues) and sent by email (HTML and plain
 * text) to subscribers of its audience in the background, with progress shown and resumed after a restart without
 * sending anyone the same issue twice. Subscribing is by double opt-in; every email has a one-click unsubscribe; bounces
 * and unsubscribes are recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package org.partnershiphub.newsletter;
