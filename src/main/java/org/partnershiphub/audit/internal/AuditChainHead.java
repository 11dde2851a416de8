package org.partnershiphub.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that points at the newest entry of the chain; locked while appending. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    @Id
    private int id;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }

    void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
