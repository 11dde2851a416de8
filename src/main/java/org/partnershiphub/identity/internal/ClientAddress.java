package org.partnershiphub.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from (behind a proxy, configure server.forward-headers-strategy). */
final class ClientAddress {

    private ClientAddress() {
    }

    /** The request's path within the application (the servlet path is empty under some containers and in MockMvc). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
