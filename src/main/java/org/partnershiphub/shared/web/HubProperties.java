package org.partnershiphub.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the whole hub: the partnership's name, the public address, the "Exit this page" destination. */
@ConfigurationProperties("hub")
public record HubProperties(String partnershipName, boolean demoData, String baseUrl, String exitPageUrl) {
}
