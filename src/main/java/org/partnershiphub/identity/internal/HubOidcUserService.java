package org.partnershiphub.identity.internal;

import java.util.Locale;

import org.partnershiphub.identity.AccountStatus;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a validated OpenID Connect sign-in into the person's hub account: only an existing, active account with that
 * email, and only when the provider's agency claim maps to the account's own agency. Roles stay the hub's to give.
 */
@Component
class HubOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccountRepository accounts;
    private final OidcProperties properties;

    HubOidcUserService(UserAccountRepository accounts, OidcProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        Object email = oidcUser.getClaims().get(properties.emailClaim());
        if (!(email instanceof String address) || address.isBlank()) {
            throw refused("no email claim");
        }
        UserAccount account = accounts.findByEmail(address.trim().toLowerCase(Locale.ROOT))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> refused("no active account"));
        if (properties.agencyClaim() != null && !properties.agencyClaim().isBlank()) {
            Object claim = oidcUser.getClaims().get(properties.agencyClaim());
            String agencyName = claim == null ? null : properties.agencies().get(claim.toString());
            if (agencyName == null || !agencyName.equalsIgnoreCase(account.getOrganisation().getName())) {
                throw refused("agency claim does not match the account's agency");
            }
        }
        return new OidcAccountPrincipal(AccountPrincipal.of(account), oidcUser.getIdToken());
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}
