package org.partnershiphub.audit.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order and reports the first entry whose hash, link or sequence is wrong,
 * and whether the head still points at the last entry (so deleting the newest entries is caught too).
 */
@Service
public class AuditChainVerifier {

    private static final int BATCH = 2_000;

    private final AuditEntryRepository entries;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    AuditChainVerifier(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public record Result(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    }

    @Transactional(readOnly = true)
    public Result verify() {
        String expectedPrev = AuditHashes.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> batch = entries.findBatchAfter(after, Limit.of(BATCH));
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry entry : batch) {
                if (entry.getSeq() != expectedSeq) {
                    return new Result(false, checked, expectedSeq, "missing entry: expected number " + expectedSeq + " but found " + entry.getSeq());
                }
                if (!entry.getPrevHash().equals(expectedPrev)) {
                    return new Result(false, checked, entry.getSeq(), "link to the previous entry does not match");
                }
                if (!AuditHashes.hash(entry).equals(entry.getEntryHash())) {
                    return new Result(false, checked, entry.getSeq(), "entry contents do not match its hash");
                }
                expectedPrev = entry.getEntryHash();
                expectedSeq++;
                checked++;
                after = entry.getSeq();
            }
            entityManager.clear();
        }
        AuditChainHead head = entityManager.find(AuditChainHead.class, 1);
        if (head.getLastSeq() != expectedSeq - 1 || !head.getLastHash().equals(expectedPrev)) {
            return new Result(false, checked, expectedSeq, "entries after number " + (expectedSeq - 1) + " are missing");
        }
        return new Result(true, checked, null, null);
    }
}
