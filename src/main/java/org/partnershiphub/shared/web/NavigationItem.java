package org.partnershiphub.shared.web;

import java.util.Set;

import org.partnershiphub.shared.Role;

/** A link in the service navigation, shown to people holding any of {@code roles}. Modules contribute these as beans. */
public record NavigationItem(int order, String messageKey, String href, Set<Role> roles) {
}
