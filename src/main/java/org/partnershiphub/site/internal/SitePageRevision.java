package org.partnershiphub.site.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of a page, never changed once kept: what the page said, who saved it, when and why. */
@Entity
@Table(name = "site_page_revision")
public class SitePageRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "page_id")
    private long pageId;
    private int number;
    private String title;
    private String summary;
    private String body;
    private String note;
    @Column(name = "saved_by")
    private String savedBy;
    @Column(name = "saved_at")
    private Instant savedAt;

    protected SitePageRevision() {
    }

    SitePageRevision(long pageId, int number, SitePage.Content content, String note, String savedBy, Instant savedAt) {
        this.pageId = pageId;
        this.number = number;
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.note = note;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public SitePage.Content content() {
        return new SitePage.Content(title, summary, body);
    }

    public Long getId() { return id; }
    public long getPageId() { return pageId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getNote() { return note; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
}
