package org.partnershiphub.caseaudit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case in an audit's sample, known everywhere by its pseudonym ("Child A"); the real identity is kept apart. */
@Entity
@Table(name = "ca_case")
public class AuditCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "audit_id")
    private long auditId;
    private String reference;
    private String summary;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AuditCase() {
    }

    AuditCase(long auditId, String reference, String summary, Instant createdAt) {
        this.auditId = auditId;
        this.reference = reference.strip();
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getAuditId() { return auditId; }
    public String getReference() { return reference; }
    public String getSummary() { return summary; }
}
