package org.partnershiphub.shared;

import java.util.Set;

/** The signed-in person, as every module may see them. */
public interface HubPrincipal {

    long userId();

    String displayName();

    long agencyId();

    String agencyName();

    Set<Role> roles();

    Set<Long> groupIds();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    default boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles().contains(role)) {
                return true;
            }
        }
        return false;
    }
}
