package org.partnershiphub.identity.internal;

import org.partnershiphub.identity.AccountStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for sign-in. Invited accounts have no password yet and cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByEmail(UserAccount.normaliseEmail(username))
                .filter(a -> a.getStatus() != AccountStatus.INVITED && a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No usable account"));
        return AccountPrincipal.of(account);
    }
}
