package org.partnershiphub.newsletter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One issue of the newsletter. It guards its own life: sections change only while it is a draft; it is published only
 * with at least one section; it is sent once, only after it is published.
 */
@Entity
@Table(name = "newsletter_issue")
public class Issue {

    public static final String RECORD_TYPE = "NewsletterIssue";
    static final int MAX_SECTIONS = 30;

    public enum Status { DRAFT, PUBLISHED }

    public enum SendStatus { NOT_SENT, SENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String summary;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "send_status")
    private SendStatus sendStatus;
    @Column(name = "send_started_at")
    private Instant sendStartedAt;
    @Column(name = "send_finished_at")
    private Instant sendFinishedAt;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IssueSection> sections = new ArrayList<>();

    protected Issue() {
    }

    Issue(String title, String summary, Audience audience, long createdBy, Instant now) {
        this.status = Status.DRAFT;
        this.sendStatus = SendStatus.NOT_SENT;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(title, summary, audience, now);
    }

    void describe(String newTitle, String newSummary, Audience newAudience, Instant now) {
        requireDraft();
        this.title = newTitle;
        this.summary = newSummary;
        this.audience = newAudience;
        this.updatedAt = now;
    }

    IssueSection addSection(String heading, String body, Long imageFileId, String imageAlt, Instant now) {
        requireDraft();
        if (sections.size() >= MAX_SECTIONS) {
            throw new NewsletterRefused("heading", "newsletter.error.tooManySections", MAX_SECTIONS);
        }
        int position = sections.stream().mapToInt(IssueSection::getPosition).max().orElse(0) + 1;
        IssueSection section = new IssueSection(this, position, heading, body, imageFileId, imageAlt);
        sections.add(section);
        updatedAt = now;
        return section;
    }

    void changeSection(long sectionId, String heading, String body, Long imageFileId, String imageAlt, Instant now) {
        requireDraft();
        section(sectionId).change(heading, body, imageFileId, imageAlt);
        updatedAt = now;
    }

    IssueSection removeSection(long sectionId, Instant now) {
        requireDraft();
        IssueSection section = section(sectionId);
        sections.remove(section);
        updatedAt = now;
        return section;
    }

    void publish(LocalDate today, Instant now) {
        requireDraft();
        if (sections.isEmpty()) {
            throw new NewsletterRefused("publish", "newsletter.error.noSections");
        }
        status = Status.PUBLISHED;
        publishedOn = today;
        updatedAt = now;
    }

    /** Starts the one sending of a published issue. */
    void startSending(Instant now) {
        if (status != Status.PUBLISHED) {
            throw new NewsletterRefused("send", "newsletter.error.sendUnpublished");
        }
        if (sendStatus != SendStatus.NOT_SENT) {
            throw new NewsletterRefused("send", "newsletter.error.alreadySent");
        }
        sendStatus = SendStatus.SENDING;
        sendStartedAt = now;
        updatedAt = now;
    }

    void finishSending(Instant now) {
        if (sendStatus == SendStatus.SENDING) {
            sendStatus = SendStatus.SENT;
            sendFinishedAt = now;
        }
    }

    private void requireDraft() {
        if (status == Status.PUBLISHED) {
            throw new NewsletterRefused("title", "newsletter.error.published");
        }
    }

    public IssueSection section(long sectionId) {
        return sections.stream().filter(s -> s.getId() != null && s.getId() == sectionId).findFirst()
                .orElseThrow(() -> new org.partnershiphub.shared.web.NotFoundException("newsletter section"));
    }

    public List<IssueSection> sections() {
        return sections.stream().sorted(Comparator.comparingInt(IssueSection::getPosition)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Audience getAudience() {
        return audience;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public SendStatus getSendStatus() {
        return sendStatus;
    }

    public Instant getSendStartedAt() {
        return sendStartedAt;
    }

    public Instant getSendFinishedAt() {
        return sendFinishedAt;
    }

    public long getVersion() {
        return version;
    }
}
