package org.partnershiphub.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an entry, numbered from a sequence, and marks it pending, in the caller's transaction when there is one, so a
 * change and its audit entry commit or roll back together. No lock is shared between writers: the {@link AuditSealer}
 * links committed entries into the hash chain in the background. Denials and failures are written in a transaction of
 * their own, so they survive the rollback of the work they interrupted.
 */
@Service
class JpaAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(JpaAuditTrail.class);
    private static final int MAX_DETAIL = 20_000;

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

    @Override
    @Transactional
    public void record(AuditActor actor, AuditEvent event) {
        if (event.outcome() != AuditOutcome.SUCCESS) {
            independent.executeWithoutResult(status -> append(actor, event));
        } else {
            append(actor, event);
        }
    }

    private void append(AuditActor actor, AuditEvent event) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(now, actor.userId(), limit(actor.name(), 200), limit(actor.agency(), 200),
                limit(actor.roles(), 400), event.action().name(), limit(event.recordType(), 60), limit(event.recordId(), 100),
                event.outcome().name(), limit(event.reason(), 1000), limit(event.detail(), MAX_DETAIL));
        entityManager.persist(entry);
        entityManager.persist(new AuditPending(entry.getSeq()));
        if (log.isDebugEnabled()) {
            log.debug("audit seq={} action={} type={} outcome={}", entry.getSeq(), entry.getAction(), entry.getRecordType(), entry.getOutcome());
        }
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
