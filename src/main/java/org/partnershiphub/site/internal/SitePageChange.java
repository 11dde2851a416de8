package org.partnershiphub.site.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a page's history: what happened to it, with which revision or file, who did it and when. */
@Entity
@Table(name = "site_page_change")
public class SitePageChange {

    public enum Kind { CREATED, SAVED, RESTORED, PUBLISHED, WITHDRAWN, ATTACHMENT_ADDED, ATTACHMENT_REMOVED, ADDRESS_CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "page_id")
    private long pageId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Integer revision;
    private String detail;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected SitePageChange() {
    }

    SitePageChange(long pageId, Kind kind, Integer revision, String detail, String changedBy, Instant changedAt) {
        this.pageId = pageId;
        this.kind = kind;
        this.revision = revision;
        this.detail = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Integer getRevision() { return revision; }
    public String getDetail() { return detail; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
