package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

// The learning side of a review: findings, themes, recommendations, learning products and their reach.

/** A theme from the partnership's managed list (professional curiosity, voice of the child, ...). */
@Entity
@Table(name = "review_theme")
class ReviewTheme {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;

    protected ReviewTheme() {
    }

    public Long getId() { return id; }
    public String getName() { return name; }
}

/** What a review found, tagged with themes. */
@Entity
@Table(name = "finding")
class Finding {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private Long incidentId;
    private String text;
    @Column(name = "created_at")
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_theme", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    protected Finding() {
    }

    Finding(long incidentId, String text, Set<Long> themeIds, Instant createdAt) {
        this.incidentId = incidentId;
        this.text = text;
        this.themeIds.addAll(themeIds);
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getIncidentId() { return incidentId; }
    public String getText() { return text; }
    public Set<Long> getThemeIds() { return themeIds; }
}

/** A recommendation with an owning agency; it becomes a business plan action and, in time, has its impact evidenced. */
@Entity
@Table(name = "recommendation")
class Recommendation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private Long incidentId;
    @Column(name = "finding_id")
    private Long findingId;
    private String text;
    @Column(name = "owner_agency_id")
    private Long ownerAgencyId;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "evidence_of_impact")
    private String evidenceOfImpact;
    @Column(name = "impact_recorded_at")
    private Instant impactRecordedAt;

    protected Recommendation() {
    }

    Recommendation(long incidentId, Long findingId, String text, long ownerAgencyId, LocalDate dueDate, Instant createdAt) {
        this.incidentId = incidentId;
        this.findingId = findingId;
        this.text = text;
        this.ownerAgencyId = ownerAgencyId;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }

    void evidenceImpact(String evidence, Instant when) {
        this.evidenceOfImpact = evidence;
        this.impactRecordedAt = when;
    }

    public Long getId() { return id; }
    public Long getIncidentId() { return incidentId; }
    public Long getFindingId() { return findingId; }
    public String getText() { return text; }
    public Long getOwnerAgencyId() { return ownerAgencyId; }
    public LocalDate getDueDate() { return dueDate; }
    public String getEvidenceOfImpact() { return evidenceOfImpact; }
    public Instant getImpactRecordedAt() { return impactRecordedAt; }
}

/** A learning brief, 7-minute briefing or training, and which agencies have disseminated it. */
@Entity
@Table(name = "learning_product")
class LearningProduct {

    enum Kind { LEARNING_BRIEF, SEVEN_MINUTE_BRIEFING, TRAINING }

    @Embeddable
    static class Dissemination {
        @Column(name = "agency_id")
        private Long agencyId;
        @Column(name = "disseminated_on")
        private LocalDate disseminatedOn;

        protected Dissemination() {
        }

        Dissemination(long agencyId, LocalDate on) {
            this.agencyId = agencyId;
            this.disseminatedOn = on;
        }

        public Long getAgencyId() { return agencyId; }
        public LocalDate getDisseminatedOn() { return disseminatedOn; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private Long incidentId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_dissemination", joinColumns = @JoinColumn(name = "product_id"))
    private Set<Dissemination> disseminations = new LinkedHashSet<>();

    protected LearningProduct() {
    }

    LearningProduct(long incidentId, Kind kind, String title, LocalDate publishedOn) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.title = title;
        this.publishedOn = publishedOn;
    }

    boolean disseminatedBy(long agencyId, LocalDate on) {
        if (disseminations.stream().anyMatch(d -> d.getAgencyId() == agencyId)) {
            return false;
        }
        disseminations.add(new Dissemination(agencyId, on));
        return true;
    }

    public Long getId() { return id; }
    public Long getIncidentId() { return incidentId; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public Set<Dissemination> getDisseminations() { return disseminations; }
}
