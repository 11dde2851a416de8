package org.partnershiphub.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person held in the session. Equal by user id, so all of a person's sessions can be found and ended. */
public class AccountPrincipal implements UserDetails, CredentialsContainer, HubPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final long agencyId;
    private final String agencyName;
    private final Set<Role> roles;
    private final Set<Long> groupIds;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    AccountPrincipal(long userId, String email, String displayName, long agencyId, String agencyName, Set<Role> roles,
                     Set<Long> groupIds, boolean enabled, boolean mustChangePassword, String passwordHash) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.roles = Set.copyOf(roles);
        this.groupIds = Set.copyOf(groupIds);
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getFullName(),
                account.getOrganisation().getId(), account.getOrganisation().getName(), account.roleSet(),
                account.groupIds(), account.getStatus() == AccountStatus.ACTIVE, account.isMustChangePassword(),
                account.getPasswordHash());
    }

    AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(userId, email, displayName, agencyId, agencyName, roles, groupIds, enabled, false, null);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String email() {
        return email;
    }

    @Override public long userId() { return userId; }
    @Override public String displayName() { return displayName; }
    @Override public long agencyId() { return agencyId; }
    @Override public String agencyName() { return agencyName; }
    @Override public Set<Role> roles() { return roles; }
    @Override public Set<Long> groupIds() { return groupIds; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return email; }
    @Override public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() {
        this.passwordHash = null;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.userId == userId;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[userId=" + userId + "]";
    }
}
