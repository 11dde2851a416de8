package org.partnershiphub.shared.web;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;

/**
 * A panel on the home dashboard, contributed by a module for people holding any of {@code roles}:
 * a heading, a line of description, a link, and figures worked out for the person looking.
 */
public record DashboardPanel(int order, String titleKey, String descriptionKey, String href, String linkKey,
                             Set<Role> roles, Function<HubPrincipal, List<Figure>> figures) {

    public record Figure(String labelKey, long value) {
    }
}
