package org.partnershiphub.challenges.internal;

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

import org.partnershiphub.shared.ProtectedRecord;

/**
 * One challenge in the log: raised on a date by a person and/or their agency, addressed to an agency and/or a named
 * person, in a forum (a board or group, or another setting described in words), about an issue, with a date the
 * response is due. The response, outcome and impact follow. An open challenge holds no response; a closed one holds its
 * outcome.
 */
@Entity
@Table(name = "challenge_log_entry")
public class ChallengeLogEntry implements ProtectedRecord {

    static final String RECORD_TYPE = "ChallengeLogEntry";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "raised_on")
    private LocalDate raisedOn;
    @Column(name = "raised_by_person_id")
    private Long raisedByPersonId;
    @Column(name = "raised_by_agency_id")
    private Long raisedByAgencyId;
    @Column(name = "challenged_agency_id")
    private Long challengedAgencyId;
    @Column(name = "challenged_person_id")
    private Long challengedPersonId;
    @Column(name = "forum_group_id")
    private Long forumGroupId;
    @Column(name = "forum_other")
    private String forumOther;
    private String issue;
    @Column(name = "response_due")
    private LocalDate responseDue;
    private String response;
    @Column(name = "responded_on")
    private LocalDate respondedOn;
    @Column(name = "responded_by_person_id")
    private Long respondedByPersonId;
    @Enumerated(EnumType.STRING)
    private ChallengeStatus status;
    private String outcome;
    private String impact;
    @Column(name = "evidence_link")
    private String evidenceLink;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected ChallengeLogEntry() {
    }

    ChallengeLogEntry(String reference, ChallengeLog.Details details, Instant now) {
        this.reference = reference;
        this.status = ChallengeStatus.OPEN;
        this.createdAt = now;
        describe(details, now);
    }

    void describe(ChallengeLog.Details details, Instant now) {
        this.raisedOn = details.raisedOn();
        this.raisedByPersonId = details.raisedByPersonId();
        this.raisedByAgencyId = details.raisedByAgencyId();
        this.challengedAgencyId = details.challengedAgencyId();
        this.challengedPersonId = details.challengedPersonId();
        this.forumGroupId = details.forumGroupId();
        this.forumOther = details.forumGroupId() == null ? blankToNull(details.forumOther()) : null;
        this.issue = details.issue().strip();
        this.responseDue = details.responseDue();
        this.evidenceLink = blankToNull(details.evidenceLink());
        this.updatedAt = now;
    }

    /**
     * The business unit's record of where the challenge stands. Guarded: an open challenge has no response yet, a response
     * needs its date, and a closed challenge needs its outcome.
     */
    void progress(ChallengeLog.Progress progress, Long recordedBy, LocalDate today, Instant now) {
        String newResponse = blankToNull(progress.response());
        if (progress.status() == ChallengeStatus.OPEN && newResponse != null) {
            throw new IllegalStateException("an open challenge has no response");
        }
        if (progress.status() == ChallengeStatus.RESPONSE_RECEIVED && newResponse == null) {
            throw new IllegalStateException("a response received needs the response");
        }
        if (newResponse != null && progress.respondedOn() == null) {
            throw new IllegalStateException("a response needs its date");
        }
        if (progress.status().closed() && blankToNull(progress.outcome()) == null) {
            throw new IllegalStateException("a closed challenge needs its outcome");
        }
        if (newResponse != null && !newResponse.equals(response)) {
            this.respondedByPersonId = recordedBy;
        }
        this.response = newResponse;
        this.respondedOn = newResponse == null ? null : progress.respondedOn();
        if (newResponse == null) {
            this.respondedByPersonId = null;
        }
        if (progress.status().closed() && !status.closed()) {
            this.closedOn = today;
        } else if (!progress.status().closed()) {
            this.closedOn = null;
        }
        this.status = progress.status();
        this.outcome = blankToNull(progress.outcome());
        this.impact = blankToNull(progress.impact());
        this.updatedAt = now;
    }

    /** The challenged agency's response. Refused once the challenge is closed. */
    void respond(String text, LocalDate on, long personId, Instant now) {
        if (status.closed()) {
            throw new IllegalStateException("challenge closed");
        }
        this.response = text.strip();
        this.respondedOn = on;
        this.respondedByPersonId = personId;
        if (status == ChallengeStatus.OPEN) {
            this.status = ChallengeStatus.RESPONSE_RECEIVED;
        }
        this.updatedAt = now;
    }

    /**
     * {@link #isOverdue} for aggregate queries over {@code challenge_log_entry e}, with today as its one parameter: keep
     * the two alike.
     */
    static final String OVERDUE_SQL = "e.status = 'OPEN' and e.response is null and e.response_due < ?";

    /** A response was due before today and none has been received. */
    public boolean isOverdue(LocalDate today) {
        return status == ChallengeStatus.OPEN && response == null && responseDue.isBefore(today);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return String.valueOf(id);
    }

    @Override
    public Long owningAgencyId() {
        return challengedAgencyId;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Long getRaisedByPersonId() {
        return raisedByPersonId;
    }

    public Long getRaisedByAgencyId() {
        return raisedByAgencyId;
    }

    public Long getChallengedAgencyId() {
        return challengedAgencyId;
    }

    public Long getChallengedPersonId() {
        return challengedPersonId;
    }

    public Long getForumGroupId() {
        return forumGroupId;
    }

    public String getForumOther() {
        return forumOther;
    }

    public String getIssue() {
        return issue;
    }

    public LocalDate getResponseDue() {
        return responseDue;
    }

    public String getResponse() {
        return response;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public Long getRespondedByPersonId() {
        return respondedByPersonId;
    }

    public ChallengeStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getImpact() {
        return impact;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
