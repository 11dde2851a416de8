package org.partnershiphub.newsletter.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One section of an issue: a heading, text whose web addresses become links, and an optional image with its alternative text. */
@Entity
@Table(name = "newsletter_section")
public class IssueSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id")
    private Issue issue;
    private int position;
    private String heading;
    private String body;
    @Column(name = "image_file_id")
    private Long imageFileId;
    @Column(name = "image_alt")
    private String imageAlt;

    protected IssueSection() {
    }

    IssueSection(Issue issue, int position, String heading, String body, Long imageFileId, String imageAlt) {
        this.issue = issue;
        this.position = position;
        change(heading, body, imageFileId, imageAlt);
    }

    void change(String newHeading, String newBody, Long newImageFileId, String newImageAlt) {
        this.heading = newHeading;
        this.body = newBody;
        this.imageFileId = newImageFileId;
        this.imageAlt = newImageFileId == null ? null : newImageAlt;
    }

    /** The text as paragraphs of plain text and links, for the page and the email (each part escaped where shown). */
    public List<List<Linkified.Part>> paragraphs() {
        return Linkified.paragraphs(body);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public Long getImageFileId() {
        return imageFileId;
    }

    public String getImageAlt() {
        return imageAlt;
    }
}
