package org.partnershiphub.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the sealed chain in order and reports the first entry whose place, link or hash is wrong or that is missing,
 * checks each batch's last hash and Merkle root against its entries, checks that the last batch ends where the chain
 * ends (so removing the newest seals is caught), optionally checks a checkpoint kept elsewhere (so removing whole
 * batches is caught too), and reports as a fault any entry left unsealed for longer than
 * {@code hub.audit.unsealed-fault-after} (10 seconds).
 */
@Service
public class AuditChainVerifier {

    private static final int PAGE = 2_000;

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;
    private final Clock clock;
    private final Duration unsealedFault;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    AuditChainVerifier(JdbcTemplate jdbc, AuditEntryRepository entries, Clock clock,
                       @Value("${hub.audit.unsealed-fault-after:10s}") Duration unsealedFault) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.clock = clock;
        this.unsealedFault = unsealedFault;
    }

    public record Result(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {
    }

    /** A sealed batch as it can be exported and kept elsewhere: its number, where the chain ended, its hash and root, when. */
    public record Checkpoint(long batchNo, long lastChainSeq, String lastHash, String merkleRoot, Instant sealedAt) {

        /** One line: {@code batch 12 seq 3071 hash … root … sealed 2026-12-07T16:20:00Z}. */
        public String line() {
            return "batch " + batchNo + " seq " + lastChainSeq + " hash " + lastHash + " root " + (merkleRoot == null ? "-" : merkleRoot)
                    + " sealed " + sealedAt;
        }

        /** Reads a line written by {@link #line()}; null when it is not one. */
        public static Checkpoint parse(String text) {
            if (text == null) {
                return null;
            }
            String[] p = text.strip().split("\\s+");
            if (p.length != 10 || !p[0].equals("batch") || !p[2].equals("seq") || !p[4].equals("hash") || !p[6].equals("root") || !p[8].equals("sealed")) {
                return null;
            }
            try {
                return new Checkpoint(Long.parseLong(p[1]), Long.parseLong(p[3]), p[5], p[7].equals("-") ? null : p[7], Instant.parse(p[9]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private record Batch(long lastChainSeq, String lastHash, String merkleRoot) {
    }

    /** The newest batch, to export and keep elsewhere. */
    @Transactional(readOnly = true)
    public Checkpoint checkpoint() {
        return jdbc.queryForObject("select batch_no, last_chain_seq, last_hash, merkle_root, sealed_at from audit_batch "
                        + "where batch_no = (select max(batch_no) from audit_batch)",
                (rs, n) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
    }

    @Transactional(readOnly = true)
    public Result verify() {
        return verify(null);
    }

    @Transactional(readOnly = true)
    public Result verify(Checkpoint kept) {
        Map<Long, Batch> batches = new HashMap<>();
        jdbc.query("select batch_no, last_chain_seq, last_hash, merkle_root from audit_batch", rs -> {
            batches.put(rs.getLong(1), new Batch(rs.getLong(2), rs.getString(3), rs.getString(4)));
        });
        String expectedPrev = AuditHashes.GENESIS;
        long expectedChain = 1;
        long checked = 0;
        long currentBatch = -1;
        List<String> leaves = new ArrayList<>();
        while (true) {
            List<Object[]> seals = jdbc.query("select chain_seq, entry_seq, batch_no, prev_hash, entry_hash from audit_seal where chain_seq >= ? "
                            + "order by chain_seq fetch first " + PAGE + " rows only",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)}, expectedChain);
            if (seals.isEmpty()) {
                break;
            }
            Map<Long, AuditEntry> byNumber = new HashMap<>();
            entries.findAllById(seals.stream().map(s -> (Long) s[1]).toList()).forEach(e -> byNumber.put(e.getSeq(), e));
            for (Object[] seal : seals) {
                long chain = (Long) seal[0];
                long number = (Long) seal[1];
                long batch = (Long) seal[2];
                String prev = (String) seal[3];
                String hash = (String) seal[4];
                if (chain != expectedChain) {
                    return new Result(false, checked, number, "missing entry: expected place " + expectedChain + " in the chain but found " + chain);
                }
                if (batch != currentBatch) {
                    Result closed = closeBatch(batches, currentBatch, expectedChain - 1, expectedPrev, leaves, number);
                    if (closed != null) {
                        return new Result(false, checked, closed.firstBrokenSeq(), closed.problem());
                    }
                    currentBatch = batch;
                    leaves.clear();
                }
                AuditEntry entry = byNumber.get(number);
                if (entry == null) {
                    return new Result(false, checked, number, "the entry sealed at place " + chain + " is missing");
                }
                if (!prev.equals(expectedPrev)) {
                    return new Result(false, checked, number, "link to the previous entry does not match");
                }
                if (!AuditHashes.hash(entry, prev).equals(hash)) {
                    return new Result(false, checked, number, "entry contents do not match its hash");
                }
                leaves.add(hash);
                expectedPrev = hash;
                expectedChain++;
                checked++;
            }
            entityManager.clear();
        }
        Result closed = closeBatch(batches, currentBatch, expectedChain - 1, expectedPrev, leaves, null);
        if (closed != null) {
            return new Result(false, checked, closed.firstBrokenSeq(), closed.problem());
        }
        long lastBatch = batches.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        Batch newest = batches.get(lastBatch);
        if (newest == null || newest.lastChainSeq() != expectedChain - 1 || !newest.lastHash().equals(expectedPrev)) {
            return new Result(false, checked, null, "entries after place " + (expectedChain - 1) + " in the chain are missing");
        }
        if (kept != null) {
            Batch then = batches.get(kept.batchNo());
            if (then == null || then.lastChainSeq() != kept.lastChainSeq() || !then.lastHash().equals(kept.lastHash())
                    || (kept.merkleRoot() != null && !kept.merkleRoot().equals(then.merkleRoot()))) {
                return new Result(false, checked, null, "the chain does not hold the checkpoint kept (batch " + kept.batchNo() + ")");
            }
        }
        Instant before = clock.instant().minus(unsealedFault);
        Long stale = jdbc.queryForObject("select count(*) from audit_entry e where e.occurred_at < ? "
                + "and not exists (select 1 from audit_seal s where s.entry_seq = e.seq)", Long.class, Timestamp.from(before));
        if (stale != null && stale > 0) {
            Long first = jdbc.queryForObject("select min(e.seq) from audit_entry e where e.occurred_at < ? "
                    + "and not exists (select 1 from audit_seal s where s.entry_seq = e.seq)", Long.class, Timestamp.from(before));
            return new Result(false, checked, first, stale + " entries have waited more than " + unsealedFault.toSeconds()
                    + " seconds to be sealed");
        }
        return new Result(true, checked, null, null);
    }

    /** The batch just walked must end where its row says, with the root of its hashes (none for the chain kept before batches). */
    private static Result closeBatch(Map<Long, Batch> batches, long batch, long lastChain, String lastHash, List<String> leaves, Long nextNumber) {
        if (batch < 0) {
            return null;
        }
        Batch row = batches.get(batch);
        if (row == null) {
            return new Result(false, 0, nextNumber, "batch " + batch + " has no record");
        }
        if (row.lastChainSeq() != lastChain || !row.lastHash().equals(lastHash)) {
            return new Result(false, 0, nextNumber, "batch " + batch + " does not end where its record says");
        }
        if (row.merkleRoot() != null && !row.merkleRoot().equals(AuditHashes.merkleRoot(leaves))) {
            return new Result(false, 0, nextNumber, "batch " + batch + " does not match its Merkle root");
        }
        return null;
    }
}
