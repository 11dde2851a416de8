package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A progress update on an action: status, commentary and evidence (a link and/or files stored with the update). */
@Entity
@Table(name = "plan_update")
public class PlanUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "action_id")
    private long actionId;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private String commentary;
    @Column(name = "evidence_link")
    private String evidenceLink;
    @Column(name = "posted_by")
    private long postedBy;
    @Column(name = "posted_at")
    private Instant postedAt;
    @jakarta.persistence.Column(name = "quarter_key")
    private String quarterKey;

    protected PlanUpdate() {
    }

    PlanUpdate(long actionId, ActionStatus status, String commentary, String evidenceLink, long postedBy, Instant postedAt) {
        this.actionId = actionId;
        this.status = status;
        this.commentary = commentary;
        this.evidenceLink = evidenceLink;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    public Long getId() { return id; }
    public long getActionId() { return actionId; }
    public ActionStatus getStatus() { return status; }
    public String getCommentary() { return commentary; }
    public String getEvidenceLink() { return evidenceLink; }
    public long getPostedBy() { return postedBy; }
    public Instant getPostedAt() { return postedAt; }
    public String getQuarterKey() { return quarterKey; }

    /** "Q3 2024-25": the quarter the update reports on (older updates: the quarter they were posted in). */
    public String getQuarterLabel() {
        return Quarter.ofKey(quarterKey).orElseGet(() -> Quarter.of(postedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())).label();
    }

    void reportsOn(Quarter quarter) {
        this.quarterKey = quarter.key();
    }
}
