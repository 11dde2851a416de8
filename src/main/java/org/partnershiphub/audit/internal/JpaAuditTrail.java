package org.partnershiphub.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the chain: locks the single head row, writes the next entry with the previous hash, moves the head.
 * Runs in the caller's transaction when there is one, so a change and its audit entry commit or roll back together.
 */
@Service
class JpaAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(JpaAuditTrail.class);
    private static final int MAX_DETAIL = 20_000;

    private static final Object APPENDED = new Object();

    @jakarta.persistence.PersistenceContext
    private EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate independent;

    JpaAuditTrail(Clock clock, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        record(CurrentUser.find().map(AuditActor::of).orElse(AuditActor.ANONYMOUS), event);
    }

    /**
     * Denials and failures must survive the rollback of the work they interrupted, so they are written in a transaction
     * of their own, unless this transaction already appended an entry (it then holds the chain's lock, and a second
     * transaction would wait for it for ever).
     */
    @Override
    @Transactional
    public void record(AuditActor actor, AuditEvent event) {
        boolean appendedHere = TransactionSynchronizationManager.hasResource(APPENDED);
        if (event.outcome() != AuditOutcome.SUCCESS && !appendedHere) {
            independent.executeWithoutResult(status -> append(actor, event));
        } else {
            append(actor, event);
        }
    }

    private void append(AuditActor actor, AuditEvent event) {
        if (!TransactionSynchronizationManager.hasResource(APPENDED)) {
            TransactionSynchronizationManager.bindResource(APPENDED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(APPENDED);
                }
            });
        }
        AuditChainHead head = entityManager.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        long seq = head.getLastSeq() + 1;
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(seq, now, actor.userId(), limit(actor.name(), 200), limit(actor.agency(), 200),
                limit(actor.roles(), 400), event.action().name(), limit(event.recordType(), 60), limit(event.recordId(), 100),
                event.outcome().name(), limit(event.reason(), 1000), limit(event.detail(), MAX_DETAIL), head.getLastHash());
        entityManager.persist(entry);
        head.advance(seq, entry.getEntryHash());
        if (log.isDebugEnabled()) {
            log.debug("audit seq={} action={} type={} outcome={}", seq, entry.getAction(), entry.getRecordType(), entry.getOutcome());
        }
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
