package org.partnershiphub.reviews.internal;

import java.time.Instant;
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
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ChildIdentity() {
    }

    ChildIdentity(long incidentId, String fullName, LocalDate dateOfBirth, long recordedBy, Instant recordedAt) {
        this.incidentId = incidentId;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override public String recordType() { return "ChildIdentity"; }
    @Override public String recordId() { return String.valueOf(incidentId); }
    @Override public Long owningAgencyId() { return null; }
    @Override public boolean restricted() { return true; }

    public Long getIncidentId() { return incidentId; }
    public String getFullName() { return fullName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
}
