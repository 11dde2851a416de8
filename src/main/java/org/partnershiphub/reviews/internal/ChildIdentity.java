package org.partnershiphub.reviews.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.partnershiphub.shared.ProtectedRecord;

/** The child's real identity, kept apart from the pseudonym. Read only by the business unit, with a reason. */
@Entity
@Table(name = "child_identity")
public class ChildIdentity implements ProtectedRecord {

    @Id
    @Column(name = "incident_id")
    private Long incidentId;
    @jakarta.persistence.Embedded
    private RealIdentity identity;

    protected ChildIdentity() {
    }

    ChildIdentity(long incidentId, RealIdentity identity) {
        this.incidentId = incidentId;
        this.identity = identity;
    }

    @Override public String recordType() { return "ChildIdentity"; }
    @Override public String recordId() { return String.valueOf(incidentId); }
    @Override public Long owningAgencyId() { return null; }
    @Override public boolean restricted() { return true; }

    public Long getIncidentId() { return incidentId; }
    public String getFullName() { return identity.getFullName(); }
    public LocalDate getDateOfBirth() { return identity.getDateOfBirth(); }
}
