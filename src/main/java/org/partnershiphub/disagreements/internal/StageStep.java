package org.partnershiphub.disagreements.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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

/**
 * A stage a disagreement reached: the stage as it was then (name, limit, named lead), when it was entered and due,
 * and the outcome recorded at the end of it (resolved, escalated by a person, escalated automatically, withdrawn).
 */
@Entity
@Table(name = "disagreement_step")
public class StageStep {

    public enum Outcome {
        RESOLVED, ESCALATED, ESCALATED_AUTOMATICALLY, WITHDRAWN;

        public String tagClass() {
            return switch (this) {
                case RESOLVED -> "govuk-tag govuk-tag--green";
                case ESCALATED -> "govuk-tag govuk-tag--yellow";
                case ESCALATED_AUTOMATICALLY -> "govuk-tag govuk-tag--orange";
                case WITHDRAWN -> "govuk-tag govuk-tag--grey";
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disagreement_id")
    private Disagreement disagreement;
    @Column(name = "stage_order")
    private int stageOrder;
    @Column(name = "stage_name")
    private String stageName;
    @Column(name = "working_days")
    private int workingDays;
    @Column(name = "lead_id")
    private Long leadId;
    @Column(name = "entered_at")
    private Instant enteredAt;
    @Column(name = "entered_on")
    private LocalDate enteredOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "outcome_note")
    private String outcomeNote;
    @Column(name = "outcome_by")
    private Long outcomeBy;
    @Column(name = "outcome_at")
    private Instant outcomeAt;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    protected StageStep() {
    }

    StageStep(Disagreement disagreement, EscalationStage stage, Instant enteredAt, LocalDate enteredOn, LocalDate dueOn) {
        this.disagreement = disagreement;
        this.stageOrder = stage.getPosition();
        this.stageName = stage.getName();
        this.workingDays = stage.getWorkingDays();
        this.leadId = stage.getLeadId();
        this.enteredAt = enteredAt;
        this.enteredOn = enteredOn;
        this.dueOn = dueOn;
    }

    void close(Outcome how, String note, Long by, Instant at, LocalDate on) {
        if (outcome != null) {
            throw new DisagreementRefused("disagreement.refused.stageClosed");
        }
        this.outcome = how;
        this.outcomeNote = note;
        this.outcomeBy = by;
        this.outcomeAt = at;
        this.outcomeOn = on;
    }

    /**
     * The opposite of {@link #withinLimit} for aggregate queries over {@code disagreement_step s}, with today as its one
     * parameter: the stage ended (or, still open, is) after its due day. Keep the two alike.
     */
    static final String OUTSIDE_LIMIT_SQL = "coalesce(s.outcome_on, ?) > s.due_on";

    /** Whether this stage ended (or, while open, still can end) within its time limit. */
    public boolean withinLimit(LocalDate today) {
        LocalDate end = outcomeOn != null ? outcomeOn : today;
        return !end.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public int getStageOrder() {
        return stageOrder;
    }

    public String getStageName() {
        return stageName;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Long getOutcomeBy() {
        return outcomeBy;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }
}
