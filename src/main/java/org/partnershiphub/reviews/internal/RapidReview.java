package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.reviews.ReviewDecision;

/** The rapid review of a notified incident, due 15 working days after the notification was sent. */
@Entity
@Table(name = "rapid_review")
public class RapidReview {

    @Id
    @Column(name = "incident_id")
    private Long incidentId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "panel_meeting_date")
    private LocalDate panelMeetingDate;
    @Column(name = "immediate_safety_actions")
    private String immediateSafetyActions;
    @Column(name = "learning_identified")
    private String learningIdentified;
    @Column(name = "la_signed_off")
    private LocalDate laSignedOff;
    @Column(name = "police_signed_off")
    private LocalDate policeSignedOff;
    @Column(name = "health_signed_off")
    private LocalDate healthSignedOff;
    @Column(name = "submitted_to_panel")
    private LocalDate submittedToPanel;
    @Column(name = "panel_response")
    private String panelResponse;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    @Column(name = "national_review_appropriate")
    private Boolean nationalReviewAppropriate;
    @Column(name = "decision_rationale")
    private String decisionRationale;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected RapidReview() {
    }

    RapidReview(long incidentId, LocalDate dueDate) {
        this.incidentId = incidentId;
        this.dueDate = dueDate;
    }

    void record(LocalDate panelMeetingDate, String immediateSafetyActions, String learningIdentified, LocalDate laSignedOff,
                LocalDate policeSignedOff, LocalDate healthSignedOff, LocalDate submittedToPanel, String panelResponse) {
        if (closedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.closed");
        }
        this.panelMeetingDate = panelMeetingDate;
        this.immediateSafetyActions = immediateSafetyActions;
        this.learningIdentified = learningIdentified;
        this.laSignedOff = laSignedOff;
        this.policeSignedOff = policeSignedOff;
        this.healthSignedOff = healthSignedOff;
        this.submittedToPanel = submittedToPanel;
        this.panelResponse = panelResponse;
    }

    boolean signedOffByAllThreePartners() {
        return laSignedOff != null && policeSignedOff != null && healthSignedOff != null;
    }

    void decide(ReviewDecision decision, boolean nationalReviewAppropriate, String rationale, Instant when) {
        if (this.decision != null) {
            throw new WorkflowRefusal("reviews.refusal.decisionAlreadyMade");
        }
        if (!signedOffByAllThreePartners()) {
            throw new WorkflowRefusal("reviews.refusal.notSignedOff");
        }
        this.decision = decision;
        this.nationalReviewAppropriate = nationalReviewAppropriate;
        this.decisionRationale = rationale;
        this.decidedAt = when;
    }

    /** A rapid review cannot close without its recorded decision. */
    void close(Instant when) {
        if (decision == null) {
            throw new WorkflowRefusal("reviews.refusal.closeWithoutDecision");
        }
        if (closedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.closed");
        }
        this.closedAt = when;
    }

    public Long getIncidentId() { return incidentId; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getPanelMeetingDate() { return panelMeetingDate; }
    public String getImmediateSafetyActions() { return immediateSafetyActions; }
    public String getLearningIdentified() { return learningIdentified; }
    public LocalDate getLaSignedOff() { return laSignedOff; }
    public LocalDate getPoliceSignedOff() { return policeSignedOff; }
    public LocalDate getHealthSignedOff() { return healthSignedOff; }
    public LocalDate getSubmittedToPanel() { return submittedToPanel; }
    public String getPanelResponse() { return panelResponse; }
    public ReviewDecision getDecision() { return decision; }
    public Boolean getNationalReviewAppropriate() { return nationalReviewAppropriate; }
    public String getDecisionRationale() { return decisionRationale; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
