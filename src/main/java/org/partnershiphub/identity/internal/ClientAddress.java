package org.partnershiphub.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from (behind a proxy, configure server.forward-headers-strategy). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
