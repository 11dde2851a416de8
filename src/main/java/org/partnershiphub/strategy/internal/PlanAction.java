package org.partnershiphub.strategy.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An action in the business plan: what, who leads, by when, and where it came from. */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "lead_agency_id")
    private Long leadAgencyId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_reference")
    private String sourceReference;
    @Column(name = "source_id")
    private Long sourceId;
    private String status;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PlanAction() {
    }

    PlanAction(String title, Long leadAgencyId, LocalDate dueDate, String sourceType, String sourceReference, long sourceId, Instant createdAt) {
        this.title = title;
        this.leadAgencyId = leadAgencyId;
        this.dueDate = dueDate;
        this.sourceType = sourceType;
        this.sourceReference = sourceReference;
        this.sourceId = sourceId;
        this.status = "NOT_STARTED";
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public Long getLeadAgencyId() { return leadAgencyId; }
    public LocalDate getDueDate() { return dueDate; }
    public String getSourceType() { return sourceType; }
    public String getSourceReference() { return sourceReference; }
    public Long getSourceId() { return sourceId; }
    public String getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
