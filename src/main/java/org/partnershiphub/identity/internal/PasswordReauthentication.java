package org.partnershiphub.identity.internal;

import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Reauthentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step-up by password: the signed-in person types their password again before a sensitive action. */
@Service
class PasswordReauthentication implements Reauthentication {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    PasswordReauthentication(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean confirms(String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        return CurrentUser.find()
                .flatMap(user -> accounts.findById(user.userId()))
                .map(account -> account.getPasswordHash() != null && passwordEncoder.matches(password, account.getPasswordHash()))
                .orElse(false);
    }
}
