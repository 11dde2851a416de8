package org.partnershiphub.shared.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Whether text people typed as a link is a web address we may show as one: http or https with a host. */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
