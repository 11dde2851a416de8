package org.partnershiphub.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.partnershiphub.shared.Role;

/** A role held by a person: when it was granted, by whom, and when it was last used to sign in. */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "granted_by")
    private Long grantedBy;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected RoleGrant() {
    }

    RoleGrant(Role role, Instant grantedAt, Long grantedBy) {
        this.role = role;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public Role getRole() { return role; }
    public Instant getGrantedAt() { return grantedAt; }
    public Long getGrantedBy() { return grantedBy; }
    public Instant getLastUsedAt() { return lastUsedAt; }

    /**
     * Records use of the role. The access review shows the day of last use, so the time is only moved on once a day:
     * signing in again the same day leaves the grant (and the account's role rows) untouched.
     */
    void used(Instant when) {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        if (lastUsedAt == null || !lastUsedAt.atZone(london).toLocalDate().equals(when.atZone(london).toLocalDate())) {
            this.lastUsedAt = when;
        }
    }

    /**
     * Value equality, so Hibernate sees an unchanged collection as unchanged (identity equality made every loaded
     * account look dirty: its role rows were rewritten and its version bumped by any read-write transaction).
     * The hash uses the role alone, which never changes while the grant sits in a set.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RoleGrant that && role == that.role && java.util.Objects.equals(grantedAt, that.grantedAt)
                && java.util.Objects.equals(grantedBy, that.grantedBy) && java.util.Objects.equals(lastUsedAt, that.lastUsedAt);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(role);
    }
}
