package org.partnershiphub.reviews.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.partnershiphub.shared.ProtectedRecord;

/**
 * The real identity of a further child (a sibling) on the same notification, kept apart from their pseudonym like the
 * first child's {@link ChildIdentity}. Read only by the business unit, with a reason.
 */
@Entity
@Table(name = "sibling_identity")
public class SiblingIdentity implements ProtectedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private Long incidentId;
    /** 0 for the second child on the notification, 1 for the third, 2 for the fourth. */
    private int position;
    @jakarta.persistence.Embedded
    private RealIdentity identity;

    protected SiblingIdentity() {
    }

    SiblingIdentity(long incidentId, int position, RealIdentity identity) {
        this.incidentId = incidentId;
        this.position = position;
        this.identity = identity;
    }

    @Override public String recordType() { return "ChildIdentity"; }
    @Override public String recordId() { return incidentId + "/" + (position + 2); }
    @Override public Long owningAgencyId() { return null; }
    @Override public boolean restricted() { return true; }

    public Long getIncidentId() { return incidentId; }
    public int getPosition() { return position; }
    public String getFullName() { return identity.getFullName(); }
    public LocalDate getDateOfBirth() { return identity.getDateOfBirth(); }
}
