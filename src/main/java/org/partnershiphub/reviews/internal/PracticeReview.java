package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A local child safeguarding practice review: expected to finish within about 6 months of the decision; its final
 * report goes to the Panel and the Secretary of State at least 7 working days before publication.
 */
@Entity
@Table(name = "practice_review")
public class PracticeReview {

    @Id
    @Column(name = "incident_id")
    private Long incidentId;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "target_completion")
    private LocalDate targetCompletion;
    private String reviewer;
    @Column(name = "terms_of_reference")
    private String termsOfReference;
    @Column(name = "final_report_sent")
    private LocalDate finalReportSent;
    @Column(name = "publication_date")
    private LocalDate publicationDate;
    @Column(name = "publication_link")
    private String publicationLink;
    @Column(name = "improvements_summary")
    private String improvementsSummary;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    protected PracticeReview() {
    }

    PracticeReview(long incidentId, LocalDate decisionDate) {
        this.incidentId = incidentId;
        this.decisionDate = decisionDate;
        this.targetCompletion = decisionDate.plusMonths(6);
    }

    void commission(String reviewer, String termsOfReference) {
        this.reviewer = reviewer;
        this.termsOfReference = termsOfReference;
    }

    /**
     * Sets the final report's sending date (not in the future) and the planned publication date, which must leave at
     * least 7 working days after sending ({@link PublicationRule}).
     */
    void schedulePublication(LocalDate sent, LocalDate publication, LocalDate today, PublicationRule rule) {
        if (publishedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.alreadyPublished");
        }
        if (sent != null && sent.isAfter(today)) {
            throw WorkflowRefusal.onField("finalReportSent", "reviews.refusal.dateInFuture");
        }
        if (publication != null && sent == null) {
            throw WorkflowRefusal.onField("publicationDate", "reviews.refusal.publishBeforeSending");
        }
        if (publication != null && !rule.allows(sent, publication)) {
            throw WorkflowRefusal.onField("publicationDate", "reviews.refusal.publicationTooEarly", longDate(rule.earliestPublication(sent)));
        }
        this.finalReportSent = sent;
        this.publicationDate = publication;
    }

    /**
     * Published today: the real publication date is checked, not the planned one. It cannot be before the final report
     * was sent, nor less than 7 working days after.
     */
    void publish(String link, String improvements, LocalDate today, PublicationRule rule, Instant when) {
        if (finalReportSent == null || publicationDate == null) {
            throw WorkflowRefusal.onField("publicationLink", "reviews.refusal.publishBeforeSending");
        }
        if (publishedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.alreadyPublished");
        }
        if (today.isBefore(finalReportSent)) {
            throw WorkflowRefusal.onField("publicationLink", "reviews.refusal.publishedBeforeSent", longDate(finalReportSent));
        }
        if (!rule.allows(finalReportSent, today)) {
            throw WorkflowRefusal.onField("publicationLink", "reviews.refusal.publishingTooEarly", longDate(rule.earliestPublication(finalReportSent)));
        }
        if ((link == null || link.isBlank()) && (improvements == null || improvements.isBlank())) {
            throw WorkflowRefusal.onField("publicationLink", "reviews.refusal.publishNeedsLinkOrImprovements");
        }
        this.publicationLink = link;
        this.improvementsSummary = improvements;
        this.publishedAt = when;
    }

    /** The day it was published, in London. */
    public LocalDate publishedOn() {
        return publishedOn(publishedAt);
    }

    /** As above, from the column read without the review. */
    static LocalDate publishedOn(Instant publishedAt) {
        return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ReviewWorkflow.LONDON);
    }

    private static String longDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    }

    public Long getIncidentId() { return incidentId; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public LocalDate getTargetCompletion() { return targetCompletion; }
    public String getReviewer() { return reviewer; }
    public String getTermsOfReference() { return termsOfReference; }
    public LocalDate getFinalReportSent() { return finalReportSent; }
    public LocalDate getPublicationDate() { return publicationDate; }
    public String getPublicationLink() { return publicationLink; }
    public String getImprovementsSummary() { return improvementsSummary; }
    public Instant getPublishedAt() { return publishedAt; }
    public long getVersion() { return version; }
}
