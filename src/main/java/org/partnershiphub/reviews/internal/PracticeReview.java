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

    public static final int WORKING_DAYS_BEFORE_PUBLICATION = 7;

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
     * Sets the final report's sending date and the planned publication date. {@code earliestPublication} is the date
     * 7 working days after sending, worked out on the partnership's calendar; an earlier publication date is refused.
     */
    void schedulePublication(LocalDate sent, LocalDate publication, LocalDate earliestPublication) {
        if (publishedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.alreadyPublished");
        }
        if (publication != null && sent == null) {
            throw new WorkflowRefusal("reviews.refusal.publishBeforeSending");
        }
        if (publication != null && publication.isBefore(earliestPublication)) {
            throw new WorkflowRefusal("reviews.refusal.publicationTooEarly",
                    earliestPublication.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK)));
        }
        this.finalReportSent = sent;
        this.publicationDate = publication;
    }

    void publish(String link, String improvements, Instant when) {
        if (finalReportSent == null || publicationDate == null) {
            throw new WorkflowRefusal("reviews.refusal.publishBeforeSending");
        }
        if (publishedAt != null) {
            throw new WorkflowRefusal("reviews.refusal.alreadyPublished");
        }
        if ((link == null || link.isBlank()) && (improvements == null || improvements.isBlank())) {
            throw new WorkflowRefusal("reviews.refusal.publishNeedsLinkOrImprovements");
        }
        this.publicationLink = link;
        this.improvementsSummary = improvements;
        this.publishedAt = when;
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
