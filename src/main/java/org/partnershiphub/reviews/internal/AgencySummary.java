package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request to one agency for its summary of involvement, with its own due date (by default working day 10). */
@Entity
@Table(name = "agency_summary")
public class AgencySummary implements org.partnershiphub.shared.ProtectedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private Long incidentId;
    @Column(name = "agency_id")
    private Long agencyId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String summary;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "returned_by")
    private Long returnedBy;

    protected AgencySummary() {
    }

    AgencySummary(long incidentId, long agencyId, LocalDate dueDate) {
        this.incidentId = incidentId;
        this.agencyId = agencyId;
        this.dueDate = dueDate;
    }

    void returned(String text, long by, Instant when) {
        this.summary = text;
        this.returnedBy = by;
        this.returnedAt = when;
    }

    /** Owned by the agency asked: its safeguarding lead may read and return it, without seeing the case file. */
    @Override public String recordType() { return "AgencySummary"; }
    @Override public String recordId() { return String.valueOf(id); }
    @Override public Long owningAgencyId() { return agencyId; }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public Long getId() { return id; }
    public Long getIncidentId() { return incidentId; }
    public Long getAgencyId() { return agencyId; }
    public LocalDate getDueDate() { return dueDate; }
    public String getSummary() { return summary; }
    public Instant getReturnedAt() { return returnedAt; }
}
