package org.partnershiphub.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One row of the audit trail. Immutable: the application never updates or deletes it. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "actor_user_id")
    private Long actorUserId;
    @Column(name = "actor_name")
    private String actorName;
    @Column(name = "actor_agency")
    private String actorAgency;
    @Column(name = "actor_roles")
    private String actorRoles;
    private String action;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private String recordId;
    private String outcome;
    private String reason;
    private String detail;
    @Column(name = "prev_hash")
    private String prevHash;
    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant occurredAt, Long actorUserId, String actorName, String actorAgency, String actorRoles,
               String action, String recordType, String recordId, String outcome, String reason, String detail,
               String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.actorAgency = actorAgency;
        this.actorRoles = actorRoles;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.outcome = outcome;
        this.reason = reason;
        this.detail = detail;
        this.prevHash = prevHash;
        this.entryHash = AuditHashes.hash(this);
    }

    public long getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorUserId() { return actorUserId; }
    public String getActorName() { return actorName; }
    public String getActorAgency() { return actorAgency; }
    public String getActorRoles() { return actorRoles; }
    public String getAction() { return action; }
    public String getRecordType() { return recordType; }
    public String getRecordId() { return recordId; }
    public String getOutcome() { return outcome; }
    public String getReason() { return reason; }
    public String getDetail() { return detail; }
    public String getPrevHash() { return prevHash; }
    public String getEntryHash() { return entryHash; }
}
