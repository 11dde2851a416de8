package org.partnershiphub.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.shared.ProtectedRecord;
import org.partnershiphub.shared.Role;

/**
 * A person's account. Guards its own lifecycle: invited → active (sets a password) → disabled → active again.
 * Belongs to the person's agency, so agency leads may see their own agency's people and no one else's.
 */
@Entity
@Table(name = "user_account")
public class UserAccount implements ProtectedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "job_title")
    private String jobTitle;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;
    @Column(name = "disabled_at")
    private Instant disabledAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    private Set<RoleGrant> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_membership", joinColumns = @JoinColumn(name = "user_id"))
    private Set<GroupMembership> groups = new LinkedHashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String email, String fullName, String jobTitle, Organisation organisation, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.fullName = fullName;
        this.jobTitle = jobTitle;
        this.organisation = organisation;
        this.status = AccountStatus.INVITED;
        this.createdAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Sets the first password from an invitation (or a reset) and makes the account usable. */
    void activate(String newPasswordHash) {
        if (status == AccountStatus.DISABLED) {
            throw new IllegalStateException("A disabled account cannot be activated by an invitation");
        }
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
        this.status = AccountStatus.ACTIVE;
    }

    /** A demo or administrator-set one-time password: usable once, then the person must choose their own. */
    void setOneTimePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.status = AccountStatus.ACTIVE;
    }

    void changePassword(String newPasswordHash) {
        if (status != AccountStatus.ACTIVE) {
            throw new IllegalStateException("Only an active account can change its password");
        }
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    void disable(Instant when) {
        if (status == AccountStatus.DISABLED) {
            throw new IllegalStateException("Account is already disabled");
        }
        this.status = AccountStatus.DISABLED;
        this.disabledAt = when;
    }

    /** Re-enables a disabled account; it needs a new password through a reset link. */
    void enable() {
        if (status != AccountStatus.DISABLED) {
            throw new IllegalStateException("Account is not disabled");
        }
        this.status = AccountStatus.INVITED;
        this.passwordHash = null;
        this.disabledAt = null;
    }

    void changeJobTitle(String newJobTitle) {
        this.jobTitle = newJobTitle;
    }

    void grant(Role role, Instant when, Long by) {
        if (roleSet().contains(role)) {
            return;
        }
        roles.add(new RoleGrant(role, when, by));
    }

    void revoke(Role role) {
        roles.removeIf(grant -> grant.getRole() == role);
    }

    void joinGroup(Long groupId, String roleInGroup) {
        groups.removeIf(m -> m.getGroupId().equals(groupId));
        groups.add(new GroupMembership(groupId, roleInGroup));
    }

    boolean leaveGroup(Long groupId) {
        return groups.removeIf(m -> m.getGroupId().equals(groupId));
    }

    void signedIn(Instant when) {
        this.lastSignInAt = when;
        roles.forEach(grant -> grant.used(when));
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> set.add(grant.getRole()));
        return set;
    }

    public Set<Long> groupIds() {
        return groups.stream().map(GroupMembership::getGroupId).collect(Collectors.toSet());
    }

    @Override
    public String recordType() {
        return "UserAccount";
    }

    @Override
    public String recordId() {
        return String.valueOf(id);
    }

    @Override
    public Long owningAgencyId() {
        return organisation.getId();
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public String getJobTitle() { return jobTitle; }
    public Organisation getOrganisation() { return organisation; }
    public AccountStatus getStatus() { return status; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastSignInAt() { return lastSignInAt; }
    public Instant getDisabledAt() { return disabledAt; }
    public long getVersion() { return version; }
    public Set<RoleGrant> getRoles() { return roles; }
    public Set<GroupMembership> getGroups() { return groups; }
}
