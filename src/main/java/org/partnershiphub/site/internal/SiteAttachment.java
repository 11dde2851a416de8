package org.partnershiphub.site.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a page, with the title readers see; public once the page has been published with it. */
@Entity
@Table(name = "site_attachment")
public class SiteAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "page_id")
    private long pageId;
    @Column(name = "file_id")
    private long fileId;
    private String title;
    private boolean published;
    @Column(name = "added_at")
    private Instant addedAt;

    protected SiteAttachment() {
    }

    SiteAttachment(long pageId, String title, Instant addedAt) {
        this.pageId = pageId;
        this.title = title;
        this.addedAt = addedAt;
    }

    /** The stored file, kept under this attachment's id so that removing the attachment removes the file. */
    void holds(long storedFileId) {
        this.fileId = storedFileId;
    }

    void publish() {
        this.published = true;
    }

    public Long getId() { return id; }
    public long getPageId() { return pageId; }
    public long getFileId() { return fileId; }
    public String getTitle() { return title; }
    public boolean isPublished() { return published; }
    public Instant getAddedAt() { return addedAt; }
}
