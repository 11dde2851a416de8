package org.partnershiphub.training.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course in the catalogue: the partnership's own or another body's, in person, online or e-learning. */
@Entity
@Table(name = "training_course")
public class Course {

    public enum Format { IN_PERSON, ONLINE, E_LEARNING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String summary;
    private String topic;
    private String audience;
    private String level;
    private String outcomes;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Enumerated(EnumType.STRING)
    private Format format;
    private String provider;
    @Column(name = "external_link")
    private String externalLink;
    @Column(name = "requires_approval")
    private boolean requiresApproval;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Course() {
    }

    Course(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void describe(String title, String summary, String topic, String audience, String level, String outcomes, Integer durationMinutes,
                  Format format, String provider, String externalLink, boolean requiresApproval) {
        this.title = title;
        this.summary = summary;
        this.topic = topic;
        this.audience = audience;
        this.level = level;
        this.outcomes = outcomes;
        this.durationMinutes = durationMinutes;
        this.format = format;
        this.provider = provider;
        this.externalLink = externalLink;
        this.requiresApproval = requiresApproval;
    }

    /** Another body's course is booked on their site, through the external link. */
    public boolean isExternal() {
        return externalLink != null;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getTopic() { return topic; }
    public String getAudience() { return audience; }
    public String getLevel() { return level; }
    public String getOutcomes() { return outcomes; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public Format getFormat() { return format; }
    public String getProvider() { return provider; }
    public String getExternalLink() { return externalLink; }
    public boolean isRequiresApproval() { return requiresApproval; }
    public Instant getCreatedAt() { return createdAt; }
}
