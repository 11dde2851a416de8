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
    @Column(name = "decision_date")
    private LocalDate decisionDate;
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

    /**
     * Records the meeting, sign-offs and submission. No date may lie in the future; once the decision is recorded the
     * three partners' sign-offs and the submission to the Panel it rested on cannot be removed.
     */
    void record(LocalDate panelMeetingDate, String immediateSafetyActions, String learningIdentified, LocalDate laSignedOff,
                LocalDate policeSignedOff, LocalDate healthSignedOff, LocalDate submittedToPanel, String panelResponse,
                LocalDate today) {
        if (closedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.closed");
        }
        WorkflowRefusal.Collector problems = new WorkflowRefusal.Collector();
        notInFuture(problems, "panelMeetingDate", panelMeetingDate, today);
        notInFuture(problems, "laSignedOff", laSignedOff, today);
        notInFuture(problems, "policeSignedOff", policeSignedOff, today);
        notInFuture(problems, "healthSignedOff", healthSignedOff, today);
        notInFuture(problems, "submittedToPanel", submittedToPanel, today);
        if (decision != null) {
            keptAfterDecision(problems, "laSignedOff", laSignedOff);
            keptAfterDecision(problems, "policeSignedOff", policeSignedOff);
            keptAfterDecision(problems, "healthSignedOff", healthSignedOff);
            keptAfterDecision(problems, "submittedToPanel", submittedToPanel);
        }
        problems.throwIfAny();
        this.panelMeetingDate = panelMeetingDate;
        this.immediateSafetyActions = immediateSafetyActions;
        this.learningIdentified = learningIdentified;
        this.laSignedOff = laSignedOff;
        this.policeSignedOff = policeSignedOff;
        this.healthSignedOff = healthSignedOff;
        this.submittedToPanel = submittedToPanel;
        this.panelResponse = panelResponse;
    }

    static void notInFuture(WorkflowRefusal.Collector problems, String field, LocalDate date, LocalDate today) {
        notInFuture(problems, field, date, today, "reviews.refusal.dateInFuture");
    }

    /** A date a person records lies today or in the past; {@code messageKey} says so for the field. */
    static void notInFuture(WorkflowRefusal.Collector problems, String field, LocalDate date, LocalDate today, String messageKey) {
        if (date != null && date.isAfter(today)) {
            problems.reject(field, messageKey);
        }
    }

    private static void keptAfterDecision(WorkflowRefusal.Collector problems, String field, LocalDate date) {
        if (date == null) {
            problems.reject(field, "reviews.refusal.removedAfterDecision");
        }
    }

    boolean signedOffByAllThreePartners() {
        return laSignedOff != null && policeSignedOff != null && healthSignedOff != null;
    }

    /** Signed off by the local authority, the police and health, and submitted to the National Panel. */
    private void requireSignedOffAndSubmitted() {
        if (!signedOffByAllThreePartners()) {
            throw new WorkflowRefusal("reviews.refusal.notSignedOff");
        }
        if (submittedToPanel == null) {
            throw new WorkflowRefusal("reviews.refusal.notSubmitted");
        }
    }

    /**
     * The decision, made on {@code decisionDate}: not in the future and not before {@code earliest} (the rapid review
     * meeting, or the notification when no meeting is recorded). Needs the three sign-offs and the submission.
     */
    void decide(ReviewDecision decision, boolean nationalReviewAppropriate, String rationale, LocalDate decisionDate,
                LocalDate earliest, LocalDate today, Instant when) {
        if (this.decision != null) {
            throw new WorkflowRefusal("reviews.refusal.decisionAlreadyMade");
        }
        requireSignedOffAndSubmitted();
        if (decisionDate.isAfter(today)) {
            throw WorkflowRefusal.onField("decisionDate", "reviews.refusal.dateInFuture");
        }
        LocalDate notBefore = panelMeetingDate != null ? panelMeetingDate : earliest;
        if (notBefore != null && decisionDate.isBefore(notBefore)) {
            throw WorkflowRefusal.onField("decisionDate", panelMeetingDate != null ? "reviews.refusal.decisionBeforeMeeting"
                    : "reviews.refusal.decisionBeforeNotification");
        }
        this.decision = decision;
        this.nationalReviewAppropriate = nationalReviewAppropriate;
        this.decisionRationale = rationale;
        this.decisionDate = decisionDate;
        this.decidedAt = when;
    }

    /** A rapid review cannot close without its recorded decision, the three partners' sign-offs and the submission. */
    void close(Instant when) {
        if (decision == null) {
            throw new WorkflowRefusal("reviews.refusal.closeWithoutDecision");
        }
        if (closedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.closed");
        }
        requireSignedOffAndSubmitted();
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
    public LocalDate getDecisionDate() { return decisionDate; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
