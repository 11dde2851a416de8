package org.partnershiphub.identity;

import java.util.List;

/** The demo people created on a fresh database, with the one-time passwords printed at start-up (held in memory only). */
public interface DemoAccounts {

    record DemoAccount(String role, String name, String email, String password) {
    }

    List<DemoAccount> accounts();

    default DemoAccount forRole(org.partnershiphub.shared.Role role) {
        return accounts().stream().filter(a -> a.role().equals(role.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo account for " + role));
    }
}
