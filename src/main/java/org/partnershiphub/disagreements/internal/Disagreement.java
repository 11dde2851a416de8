package org.partnershiphub.disagreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A professional disagreement between a practitioner's agency and another agency about a child's case. It is open at
 * one stage of the escalation policy at a time, with that stage's due date; it ends resolved (at any stage) or
 * withdrawn by the person who raised it. Each stage it reached is a {@link StageStep} with its outcome.
 */
@Entity
@Table(name = "disagreement")
public class Disagreement {

    public enum Status {
        OPEN, RESOLVED, WITHDRAWN;

        public String tagClass() {
            return switch (this) {
                case OPEN -> "govuk-tag govuk-tag--blue";
                case RESOLVED -> "govuk-tag govuk-tag--green";
                case WITHDRAWN -> "govuk-tag govuk-tag--grey";
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "raised_by")
    private long raisedBy;
    @Column(name = "raiser_agency_id")
    private long raiserAgencyId;
    @Column(name = "other_agency_id")
    private long otherAgencyId;
    @Column(name = "child_reference")
    private String childReference;
    @Enumerated(EnumType.STRING)
    private Theme theme;
    private String concern;
    @Column(name = "outcome_sought")
    private String outcomeSought;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "current_stage")
    private int currentStage;
    @Column(name = "current_due")
    private LocalDate currentDue;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "raised_on")
    private LocalDate raisedOn;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    private String resolution;
    @Column(name = "overdue_alerted_at")
    private Instant overdueAlertedAt;
    @Column(name = "submission_key")
    private String submissionKey;
    @Version
    private long version;
    @OneToMany(mappedBy = "disagreement", cascade = CascadeType.ALL)
    @OrderBy("stageOrder asc, id asc")
    private List<StageStep> steps = new ArrayList<>();

    protected Disagreement() {
    }

    Disagreement(long raisedBy, long raiserAgencyId, long otherAgencyId, String childReference, Theme theme, String concern,
                 String outcomeSought, EscalationStage firstStage, Instant now, LocalDate today, LocalDate due) {
        this(raisedBy, raiserAgencyId, otherAgencyId, childReference, theme, concern, outcomeSought, firstStage, now, today, due, null);
    }

    Disagreement(long raisedBy, long raiserAgencyId, long otherAgencyId, String childReference, Theme theme, String concern,
                 String outcomeSought, EscalationStage firstStage, Instant now, LocalDate today, LocalDate due, String submissionKey) {
        if (raiserAgencyId == otherAgencyId) {
            throw new DisagreementRefused("disagreement.error.sameAgency");
        }
        this.raisedBy = raisedBy;
        this.raiserAgencyId = raiserAgencyId;
        this.otherAgencyId = otherAgencyId;
        this.childReference = childReference;
        this.theme = theme;
        this.concern = concern;
        this.outcomeSought = outcomeSought;
        this.status = Status.OPEN;
        this.raisedAt = now;
        this.raisedOn = today;
        this.submissionKey = submissionKey;
        enter(firstStage, now, today, due);
    }

    private void enter(EscalationStage stage, Instant now, LocalDate today, LocalDate due) {
        steps.add(new StageStep(this, stage, now, today, due));
        this.currentStage = stage.getPosition();
        this.currentDue = due;
        this.overdueAlertedAt = null;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new DisagreementRefused("disagreement.refused.notOpen");
        }
    }

    /** Resolved at the current stage: the stage's outcome is the resolution. */
    void resolve(String resolutionText, long by, Instant now, LocalDate today) {
        requireOpen();
        currentStep().close(StageStep.Outcome.RESOLVED, resolutionText, by, now, today);
        this.status = Status.RESOLVED;
        this.resolution = resolutionText;
        this.closedAt = now;
        this.closedOn = today;
    }

    /** Moves to the next stage: by a person giving a reason, or by the system when the time limit passed ({@code by} null). */
    void escalate(EscalationStage next, String reason, Long by, Instant now, LocalDate today, LocalDate due) {
        requireOpen();
        if (next.getPosition() <= currentStage) {
            throw new DisagreementRefused("disagreement.refused.noNextStage");
        }
        currentStep().close(by == null ? StageStep.Outcome.ESCALATED_AUTOMATICALLY : StageStep.Outcome.ESCALATED, reason, by, now, today);
        enter(next, now, today, due);
    }

    /** Withdrawn by the person who raised it (for instance because the other agency changed its decision). */
    void withdraw(String reason, long by, Instant now, LocalDate today) {
        requireOpen();
        currentStep().close(StageStep.Outcome.WITHDRAWN, reason, by, now, today);
        this.status = Status.WITHDRAWN;
        this.closedAt = now;
        this.closedOn = today;
    }

    /** The final stage's time limit passed and the business unit was told. Returns false when it had been told already. */
    boolean markOverdueAlerted(Instant now) {
        if (overdueAlertedAt != null) {
            return false;
        }
        this.overdueAlertedAt = now;
        return true;
    }

    public StageStep currentStep() {
        return steps.getLast();
    }

    /** Everyone involved by name: the raiser and every named lead of a stage it reached. */
    public Set<Long> involvedPeople() {
        Set<Long> people = new HashSet<>();
        people.add(raisedBy);
        for (StageStep step : steps) {
            if (step.getLeadId() != null) {
                people.add(step.getLeadId());
            }
        }
        return people;
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public String reference() {
        return "PD-" + id;
    }

    public Long getId() {
        return id;
    }

    public long getRaisedBy() {
        return raisedBy;
    }

    public long getRaiserAgencyId() {
        return raiserAgencyId;
    }

    public long getOtherAgencyId() {
        return otherAgencyId;
    }

    public String getChildReference() {
        return childReference;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getConcern() {
        return concern;
    }

    public String getOutcomeSought() {
        return outcomeSought;
    }

    public Status getStatus() {
        return status;
    }

    public int getCurrentStage() {
        return currentStage;
    }

    public LocalDate getCurrentDue() {
        return currentDue;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getOverdueAlertedAt() {
        return overdueAlertedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<StageStep> getSteps() {
        return steps;
    }
}
