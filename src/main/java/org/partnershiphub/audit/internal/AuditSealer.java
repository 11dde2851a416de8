package org.partnershiphub.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the hash chain, in batches of up to 256, every 250 ms
 * ({@code hub.audit.seal-every}): in one transaction it locks the last batch, takes the pending entries in number
 * order, gives each the next place in the chain with the previous hash and its own, writes the batch with the Merkle
 * root of its hashes, and removes them from the pending list. A crash before the commit seals nothing, so the same
 * entries are sealed after a restart; an entry committed by its writer is always pending until sealed, so none is lost.
 */
@Component
public class AuditSealer {

    static final int BATCH = 256;
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock one = new ReentrantLock();

    AuditSealer(JdbcTemplate jdbc, AuditEntryRepository entries, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hub.audit.seal-every:250ms}", initialDelayString = "${hub.audit.seal-every:250ms}")
    void sealInTheBackground() {
        try {
            sealAll();
        } catch (RuntimeException e) {
            log.warn("The audit sealer will try again: {}", e.toString());
        }
    }

    /** Seals every entry pending now, a batch at a time, and says how many it sealed. */
    public int sealAll() {
        int total = 0;
        int sealed;
        do {
            sealed = sealOneBatch();
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    int sealOneBatch() {
        one.lock();
        try {
            Integer sealed = transactions.execute(status -> seal());
            return sealed == null ? 0 : sealed;
        } finally {
            one.unlock();
        }
    }

    private int seal() {
        List<Long> pending = jdbc.queryForList("select entry_seq from audit_pending order by entry_seq fetch first " + BATCH + " rows only", Long.class);
        if (pending.isEmpty()) {
            return 0;
        }
        // the last batch, locked, so that a second sealer (another node) waits and then continues from this one's batch
        Map<String, Object> last = jdbc.queryForMap("select batch_no, last_chain_seq, last_hash from audit_batch "
                + "where batch_no = (select max(batch_no) from audit_batch) for update");
        long batch = ((Number) last.get("batch_no")).longValue() + 1;
        long chain = ((Number) last.get("last_chain_seq")).longValue();
        String prev = (String) last.get("last_hash");
        // taken again after the lock: another sealer may have sealed some of them meanwhile
        pending = jdbc.queryForList("select entry_seq from audit_pending order by entry_seq fetch first " + BATCH + " rows only", Long.class);
        List<AuditEntry> found = new ArrayList<>(entries.findAllById(pending));
        found.sort(Comparator.comparingLong(AuditEntry::getSeq));
        if (found.isEmpty()) {
            return 0;
        }
        long first = chain + 1;
        List<Object[]> seals = new ArrayList<>(found.size());
        List<String> leaves = new ArrayList<>(found.size());
        for (AuditEntry entry : found) {
            chain++;
            String hash = AuditHashes.hash(entry, prev);
            seals.add(new Object[] {chain, entry.getSeq(), batch, prev, hash});
            leaves.add(hash);
            prev = hash;
        }
        jdbc.batchUpdate("insert into audit_seal (chain_seq, entry_seq, batch_no, prev_hash, entry_hash) values (?, ?, ?, ?, ?)", seals);
        jdbc.update("insert into audit_batch (batch_no, first_chain_seq, last_chain_seq, last_hash, merkle_root, entries, sealed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", batch, first, chain, prev, AuditHashes.merkleRoot(leaves), found.size(), Timestamp.from(clock.instant()));
        jdbc.batchUpdate("delete from audit_pending where entry_seq = ?", found.stream().map(e -> new Object[] {e.getSeq()}).toList());
        return found.size();
    }
}
