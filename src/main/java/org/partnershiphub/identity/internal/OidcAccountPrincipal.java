package org.partnershiphub.identity.internal;

import java.io.Serial;
import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through the partnership's identity provider (e.g. Microsoft Entra ID), as a hub account. */
final class OidcAccountPrincipal extends AccountPrincipal implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;

    OidcAccountPrincipal(AccountPrincipal account, OidcIdToken idToken) {
        super(account.userId(), account.email(), account.displayName(), account.agencyId(), account.agencyName(),
                account.roles(), account.groupIds(), account.isEnabled(), false, null);
        this.idToken = idToken;
    }

    @Override public Map<String, Object> getClaims() { return idToken.getClaims(); }
    @Override public OidcUserInfo getUserInfo() { return null; }
    @Override public OidcIdToken getIdToken() { return idToken; }
    @Override public Map<String, Object> getAttributes() { return idToken.getClaims(); }
    @Override public String getName() { return String.valueOf(userId()); }
}
