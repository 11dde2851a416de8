package org.partnershiphub.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

/**
 * One row of the audit trail, numbered from a sequence when it is written (so writers never wait for each other).
 * Immutable: the application never updates or deletes it. Its place in the hash chain and its hash are given later by
 * the sealer ({@code audit_seal}); until then {@link #getEntryHash()} is null.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long seq;
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
    @Formula("(select s.entry_hash from audit_seal s where s.entry_seq = seq)")
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, Long actorUserId, String actorName, String actorAgency, String actorRoles,
               String action, String recordType, String recordId, String outcome, String reason, String detail) {
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
    /** The hash the sealer gave this entry in the chain, or null while it waits to be sealed. */
    public String getEntryHash() { return entryHash; }
}
