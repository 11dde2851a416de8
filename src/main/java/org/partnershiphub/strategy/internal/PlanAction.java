package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.shared.ProtectedRecord;

/**
 * An action in the business plan: what, who leads (a person, an agency, and/or a described role or group), how it is
 * delivered, by when, what success looks like, where it came from, and where it stands. An action without a priority
 * is "planned work". Actions proposed by other modules (review recommendations) arrive without a plan until the
 * business unit places them.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction implements ProtectedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "priority_id")
    private Long priorityId;
    @Column(name = "outcome_id")
    private Long outcomeId;
    private String title;
    @Column(name = "lead_person_id")
    private Long leadPersonId;
    @Column(name = "lead_agency_id")
    private Long leadAgencyId;
    @Column(name = "lead_description")
    private String leadDescription;
    @Column(name = "delivery_mechanism")
    private String deliveryMechanism;
    @Enumerated(EnumType.STRING)
    @Column(name = "timescale_kind")
    private Timescale.Kind timescaleKind;
    @Column(name = "timescale_text")
    private String timescaleText;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "success_measure")
    private String successMeasure;
    @Column(name = "source_type")
    private String sourceType;
    @Column(name = "source_reference")
    private String sourceReference;
    @Column(name = "source_id")
    private Long sourceId;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "last_update_at")
    private Instant lastUpdateAt;
    @Column(name = "status_quarter")
    private String statusQuarter;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    private ActionStatus previousStatus;
    private int position;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected PlanAction() {
    }

    /** An action proposed by another module, e.g. a review recommendation. */
    PlanAction(String title, Long leadAgencyId, LocalDate dueDate, String sourceType, String sourceReference, long sourceId, Instant createdAt) {
        this.title = title;
        this.leadAgencyId = leadAgencyId;
        this.dueDate = dueDate;
        if (dueDate != null) {
            this.timescaleKind = Timescale.Kind.DATE;
            this.timescaleText = Timescale.parse(dueDate.toString()).map(Timescale::text).orElse(null);
        }
        this.sourceType = sourceType;
        this.sourceReference = sourceReference;
        this.sourceId = sourceId;
        this.status = ActionStatus.NOT_STARTED;
        this.createdAt = createdAt;
    }

    /** An action written into a plan, under a priority or (priorityId null) as planned work. */
    PlanAction(long planId, Long priorityId, int position, Instant createdAt) {
        this.planId = planId;
        this.priorityId = priorityId;
        this.position = position;
        this.status = ActionStatus.NOT_STARTED;
        this.createdAt = createdAt;
    }

    void describe(Long priorityId, String title, Long leadPersonId, Long leadAgencyId, String leadDescription, String deliveryMechanism,
                  Timescale timescale, String successMeasure, String sourceType, String sourceReference) {
        if (!java.util.Objects.equals(this.priorityId, priorityId)) {
            this.outcomeId = null; // an outcome belongs to one priority: moving the action leaves it
        }
        this.priorityId = priorityId;
        this.title = title;
        this.leadPersonId = leadPersonId;
        this.leadAgencyId = leadAgencyId;
        this.leadDescription = leadDescription;
        this.deliveryMechanism = deliveryMechanism;
        // no timescale (an imported plan may leave it blank): flagged "No timescale" where the action is shown
        this.timescaleKind = timescale == null ? null : timescale.kind();
        this.timescaleText = timescale == null ? null : timescale.text();
        this.dueDate = timescale == null ? null : timescale.dueDate();
        this.successMeasure = successMeasure;
        if (this.sourceId == null) { // a proposal's origin is fixed; a written action's origin is what the plan says
            this.sourceType = sourceType;
            this.sourceReference = sourceReference;
        }
    }

    /** Puts the action under one of its priority's outcomes (null: directly under the priority). */
    void groupUnder(PlanOutcome outcome) {
        if (outcome != null && (priorityId == null || outcome.getPriorityId() != priorityId)) {
            throw new IllegalArgumentException("outcome");
        }
        this.outcomeId = outcome == null ? null : outcome.getId();
    }

    /** Names the agency that leads an action whose lead was written only as words; the words are kept. */
    void ledByAgency(long agencyId) {
        if (leadAgencyId != null) {
            throw new IllegalStateException("The action already has a lead agency");
        }
        this.leadAgencyId = agencyId;
    }

    void placeIn(long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    /**
     * Records a new status. The status an action had at the end of the previous quarter is kept, so the dashboard can
     * show movement since last quarter without reading the update history.
     */
    void report(ActionStatus newStatus, Instant at, Quarter quarter) {
        if (!quarter.key().equals(statusQuarter)) {
            this.previousStatus = this.status;
            this.statusQuarter = quarter.key();
        }
        this.status = newStatus;
        this.lastUpdateAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != ActionStatus.COMPLETE;
    }

    /** No update since the quarter began (complete actions need none). */
    public boolean needsUpdate(Quarter current) {
        return status != ActionStatus.COMPLETE && (lastUpdateAt == null || !current.key().equals(statusQuarter));
    }

    @Override
    public String recordType() {
        return "PlanAction";
    }

    @Override
    public String recordId() {
        return String.valueOf(id);
    }

    /** The lead agency's safeguarding lead may update the action, as may its lead person (assigned) and the business unit. */
    @Override
    public Long owningAgencyId() {
        return leadAgencyId;
    }

    @Override
    public Set<Long> assignedUserIds() {
        return leadPersonId == null ? Set.of() : Set.of(leadPersonId);
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getPriorityId() { return priorityId; }
    public Long getOutcomeId() { return outcomeId; }
    public String getTitle() { return title; }
    public Long getLeadPersonId() { return leadPersonId; }
    public Long getLeadAgencyId() { return leadAgencyId; }
    public String getLeadDescription() { return leadDescription; }
    public String getDeliveryMechanism() { return deliveryMechanism; }
    public Timescale.Kind getTimescaleKind() { return timescaleKind; }
    public String getTimescaleText() { return timescaleText; }
    public LocalDate getDueDate() { return dueDate; }
    public String getSuccessMeasure() { return successMeasure; }
    public String getSourceType() { return sourceType; }
    public String getSourceReference() { return sourceReference; }
    public Long getSourceId() { return sourceId; }
    public ActionStatus getStatus() { return status; }
    public Instant getLastUpdateAt() { return lastUpdateAt; }
    public String getStatusQuarter() { return statusQuarter; }
    public ActionStatus getPreviousStatus() { return previousStatus; }
    public int getPosition() { return position; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
