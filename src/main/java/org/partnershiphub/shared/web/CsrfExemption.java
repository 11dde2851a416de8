package org.partnershiphub.shared.web;

import org.springframework.http.HttpMethod;

/**
 * A route a module asks to take without the form token, because the request comes from outside a page of ours and
 * proves itself another way (e.g. the unguessable link in a one-click unsubscribe). Each is a bean, so the exemptions
 * are listed where the routes are and nowhere else.
 */
public record CsrfExemption(HttpMethod method, String pattern) {
}
