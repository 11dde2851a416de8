package org.partnershiphub.voice.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One thing children, families or practitioners told the partnership, and what the partnership did about it. It guards
 * its own publishing: only a record with a response and both plain-words versions goes on the public page.
 */
@Entity
@Table(name = "voice_item")
public class VoiceItem {

    public static final String RECORD_TYPE = "VoiceItem";

    /** Who was heard. */
    public enum HeardFrom { CHILDREN_AND_YOUNG_PEOPLE, PARENTS_AND_CARERS, PRACTITIONERS }

    /** Where they were heard. */
    public enum Source { SURVEY, EVENT, ADVISORY_GROUP, REVIEW, AUDIT, OTHER }

    /** What in the product records what the partnership did. */
    public enum LinkKind {
        PLAN_ACTION("/plan/actions/"), DECISION("/governance/"), LEARNING("/reviews/"), OTHER("/");

        private final String prefix;

        LinkKind(String prefix) {
            this.prefix = prefix;
        }

        /** The start every address of this kind has in the product, e.g. {@code /plan/actions/}. */
        public String prefix() {
            return prefix;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "heard_from")
    private HeardFrom heardFrom;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Column(name = "source_detail")
    private String sourceDetail;
    private String theme;
    @Column(name = "heard_on")
    private LocalDate heardOn;
    private String said;
    private String response;
    @Column(name = "responded_on")
    private LocalDate respondedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    private LinkKind linkKind;
    @Column(name = "link_path")
    private String linkPath;
    @Column(name = "public_said")
    private String publicSaid;
    @Column(name = "public_did")
    private String publicDid;
    private boolean published;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected VoiceItem() {
    }

    VoiceItem(VoiceRecords.Details details, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(details, now);
    }

    void describe(VoiceRecords.Details d, Instant now) {
        this.heardFrom = d.heardFrom();
        this.source = d.source();
        this.sourceDetail = blankToNull(d.sourceDetail());
        this.theme = blankToNull(d.theme());
        this.heardOn = d.heardOn();
        this.said = d.said().strip();
        this.response = blankToNull(d.response());
        this.respondedOn = d.respondedOn();
        this.linkKind = d.linkKind();
        this.linkPath = blankToNull(d.linkPath());
        this.publicSaid = blankToNull(d.publicSaid());
        this.publicDid = blankToNull(d.publicDid());
        this.updatedAt = now;
        if (published) {
            refuseUnpublishable();
        }
    }

    /** Puts the pair on the public page, refused (naming the field) without a response or plain words. */
    void publish(LocalDate today, Instant now) {
        refuseUnpublishable();
        if (!published) {
            published = true;
            publishedOn = today;
        }
        updatedAt = now;
    }

    void unpublish(Instant now) {
        published = false;
        publishedOn = null;
        updatedAt = now;
    }

    private void refuseUnpublishable() {
        if (response == null) {
            throw new VoiceRefused("response", "voice.error.publishResponse");
        }
        if (publicSaid == null) {
            throw new VoiceRefused("publicSaid", "voice.error.publishSaid");
        }
        if (publicDid == null) {
            throw new VoiceRefused("publicDid", "voice.error.publishDid");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Heard but not yet answered. */
    public boolean awaitingResponse() {
        return response == null;
    }

    public Long getId() { return id; }
    public HeardFrom getHeardFrom() { return heardFrom; }
    public Source getSource() { return source; }
    public String getSourceDetail() { return sourceDetail; }
    public String getTheme() { return theme; }
    public LocalDate getHeardOn() { return heardOn; }
    public String getSaid() { return said; }
    public String getResponse() { return response; }
    public LocalDate getRespondedOn() { return respondedOn; }
    public LinkKind getLinkKind() { return linkKind; }
    public String getLinkPath() { return linkPath; }
    public String getPublicSaid() { return publicSaid; }
    public String getPublicDid() { return publicDid; }
    public boolean isPublished() { return published; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public long getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
