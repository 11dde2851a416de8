package org.partnershiphub.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.partnershiphub.identity.OrganisationType;

/** The partnership itself or one of its agencies. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    private OrganisationType type;
    private boolean active = true;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public OrganisationType getType() { return type; }
    public boolean isActive() { return active; }
}
