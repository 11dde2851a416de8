package org.partnershiphub.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry written and not yet sealed: inserted with the entry in the writer's transaction, deleted by the sealer once sealed. */
@Entity
@Table(name = "audit_pending")
class AuditPending {

    @Id
    @Column(name = "entry_seq")
    private Long entrySeq;

    protected AuditPending() {
    }

    AuditPending(long entrySeq) {
        this.entrySeq = entrySeq;
    }
}
