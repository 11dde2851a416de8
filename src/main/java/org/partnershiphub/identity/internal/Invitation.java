package org.partnershiphub.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A one-time link to set a password: sent when someone is invited or their access is reset. Only its hash is stored. */
@Entity
@Table(name = "invitation")
public class Invitation {

    public enum Purpose { INVITE, RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;
    @Column(name = "token_hash")
    private String tokenHash;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Purpose purpose;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "created_by")
    private Long createdBy;

    protected Invitation() {
    }

    Invitation(UserAccount user, String tokenHash, Purpose purpose, Instant createdAt, Instant expiresAt, Long createdBy) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant when) {
        if (usedAt != null) {
            throw new IllegalStateException("Invitation already used");
        }
        this.usedAt = when;
    }

    void revoke(Instant when) {
        if (usedAt == null) {
            usedAt = when;
        }
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public Purpose getPurpose() { return purpose; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
