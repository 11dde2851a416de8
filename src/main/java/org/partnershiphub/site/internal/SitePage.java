package org.partnershiphub.site.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.site.PublishedPages.Section;

/**
 * A page of the public site as the business unit is writing it: its latest saved content, which revision the public
 * reads (none until published, none again once withdrawn), and the day it was first published. The page guards its
 * own steps: a save must change something, only a newer revision can be published, only a published page withdrawn,
 * and its web address is fixed once it has been published.
 */
@Entity
@Table(name = "site_page")
public class SitePage {

    public static final String RECORD_TYPE = "SitePage";

    /** What a page says: its title, a one-sentence summary for listings (or none) and its body. */
    public record Content(String title, String summary, String body) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Section section;
    private String slug;
    private String title;
    private String summary;
    private String body;
    @Column(name = "latest_revision")
    private int latestRevision;
    @Column(name = "published_revision")
    private Integer publishedRevision;
    @Column(name = "first_published_on")
    private LocalDate firstPublishedOn;
    @Column(name = "last_published_at")
    private Instant lastPublishedAt;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected SitePage() {
    }

    SitePage(Section section, String slug, Content content, long createdBy, Instant now) {
        this.section = section;
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.latestRevision = 1;
        take(content, now);
    }

    /** Saves new content as the next revision; refused when nothing has changed. Returns the new revision's number. */
    int redraft(Content content, Instant now) {
        if (content().equals(content)) {
            throw new SiteRefused("body", "site.error.unchanged");
        }
        take(content, now);
        latestRevision++;
        return latestRevision;
    }

    /** A page not yet published may move to another section or web address; a published one keeps its address. */
    void moveTo(Section newSection, String newSlug, Instant now) {
        if (newSection == section && newSlug.equals(slug)) {
            return;
        }
        if (firstPublishedOn != null) {
            throw new SiteRefused("slug", "site.error.addressFixed");
        }
        this.section = newSection;
        this.slug = newSlug;
        this.updatedAt = now;
    }

    /** Publishes the latest revision, which the public then reads. Refused when the latest is already the published one. */
    int publish(LocalDate today, Instant now) {
        if (Objects.equals(publishedRevision, latestRevision)) {
            throw new SiteRefused("publish", "site.error.alreadyPublished");
        }
        publishedRevision = latestRevision;
        if (firstPublishedOn == null) {
            firstPublishedOn = today;
        }
        lastPublishedAt = now;
        updatedAt = now;
        return latestRevision;
    }

    /** Takes the page off the public site; it can be published again. Refused when it is not published. */
    void withdraw(Instant now) {
        if (publishedRevision == null) {
            throw new SiteRefused("withdraw", "site.error.notPublished");
        }
        publishedRevision = null;
        updatedAt = now;
    }

    private void take(Content content, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.updatedAt = now;
    }

    public Content content() {
        return new Content(title, summary, body);
    }

    public boolean isPublished() {
        return publishedRevision != null;
    }

    /** Published, and saved again since: the public still reads the older revision. */
    public boolean hasUnpublishedChanges() {
        return publishedRevision != null && publishedRevision != latestRevision;
    }

    public String publicPath() {
        return "/" + section.path() + "/" + slug;
    }

    public Long getId() { return id; }
    public Section getSection() { return section; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public int getLatestRevision() { return latestRevision; }
    public Integer getPublishedRevision() { return publishedRevision; }
    public LocalDate getFirstPublishedOn() { return firstPublishedOn; }
    public Instant getLastPublishedAt() { return lastPublishedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
