package org.partnershiphub.selfassessment.internal;

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
 * A return's answer to one standard: the agency's RAG self-rating, what it does (narrative), its evidence, and the
 * action it will take while the standard is not fully met; then the business unit's moderation of the rating.
 */
@Entity
@Table(name = "sa_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "return_id")
    private long returnId;
    @Column(name = "standard_id")
    private long standardId;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    private String narrative;
    private String evidence;
    @Column(name = "action_text")
    private String actionText;
    @Column(name = "action_owner")
    private String actionOwner;
    @Column(name = "action_due")
    private LocalDate actionDue;
    @Column(name = "action_done")
    private boolean actionDone;
    @Column(name = "carried_from_id")
    private Long carriedFromId;
    @Enumerated(EnumType.STRING)
    @Column(name = "moderated_rating")
    private Rating moderatedRating;
    @Column(name = "moderation_comment")
    private String moderationComment;
    @Column(name = "evidence_requested")
    private boolean evidenceRequested;
    @Column(name = "updated_by")
    private Long updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Answer() {
    }

    Answer(long returnId, long standardId) {
        this.returnId = returnId;
        this.standardId = standardId;
    }

    /** What the agency typed, kept as typed (blanks stay blank; submission says what is still missing). */
    public record Typed(Rating rating, String narrative, String evidence, String actionText, String actionOwner, LocalDate actionDue,
                        boolean actionDone) {
    }

    void answer(Typed typed, long by, Instant at) {
        this.rating = typed.rating();
        this.narrative = blank(typed.narrative());
        this.evidence = blank(typed.evidence());
        this.actionText = blank(typed.actionText());
        this.actionOwner = blank(typed.actionOwner());
        this.actionDue = typed.actionDue();
        this.actionDone = typed.actionDone();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Starts from last cycle's answer: its rating, narrative, evidence and action, to be checked and brought up to date. */
    void carryFrom(Answer previous) {
        this.rating = previous.rating();
        this.narrative = previous.narrative;
        this.evidence = previous.evidence;
        this.actionText = previous.actionText;
        this.actionOwner = previous.actionOwner;
        this.actionDue = previous.actionDue;
        this.actionDone = previous.actionDone;
        this.carriedFromId = previous.id;
    }

    void moderate(Rating agreed, String comment, boolean evidenceRequested) {
        this.moderatedRating = agreed;
        this.moderationComment = blank(comment);
        this.evidenceRequested = evidenceRequested;
    }

    /** The agency has looked at the answer again after being asked for more evidence. */
    void evidenceAnswered() {
        this.evidenceRequested = false;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Rated, described, and (below green) with an action that has an owner and a date. */
    public boolean complete() {
        return rating != null && narrative != null && (!rating.belowGreen() || actionComplete());
    }

    public boolean actionComplete() {
        return actionText != null && actionOwner != null && actionDue != null;
    }

    /** {@link #agreedRating} for aggregate queries over {@code sa_answer a}: keep the two alike. */
    static final String AGREED_RATING_SQL = "coalesce(a.moderated_rating, a.rating)";

    /** The rating that counts: the business unit's moderated one, or the agency's own until moderated. */
    public Rating agreedRating() {
        return moderatedRating != null ? moderatedRating : rating;
    }

    public boolean started() {
        return rating != null || narrative != null || evidence != null || actionText != null;
    }

    public Long getId() { return id; }
    public long getReturnId() { return returnId; }
    public long getStandardId() { return standardId; }
    public Rating rating() { return rating; }
    public Rating getRating() { return rating; }
    public String getNarrative() { return narrative; }
    public String getEvidence() { return evidence; }
    public String getActionText() { return actionText; }
    public String getActionOwner() { return actionOwner; }
    public LocalDate getActionDue() { return actionDue; }
    public boolean isActionDone() { return actionDone; }
    public Long getCarriedFromId() { return carriedFromId; }
    public Rating getModeratedRating() { return moderatedRating; }
    public String getModerationComment() { return moderationComment; }
    public boolean isEvidenceRequested() { return evidenceRequested; }
    public Instant getUpdatedAt() { return updatedAt; }
}
