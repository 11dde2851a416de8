package org.partnershiphub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.partnershiphub.audit.internal.AuditChainVerifier;
import org.partnershiphub.audit.internal.AuditSealer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is append-only and tamper-evident: writers insert entries without waiting for each other, the
 * sealer links them into one hash chain in batches with a Merkle root each, and changing, removing or re-hashing a row
 * is reported by the verifier with the first broken entry; removing whole batches is caught by a checkpoint kept
 * elsewhere; an entry left unsealed is a fault. On PostgreSQL the application's role may not change the trail. Each
 * test puts the rows back as they were, so the shared test database stays intact for the others.
 */
@SpringBootTest
class AuditTrailIntegrityTest {

    @Autowired AuditTrail audit;
    @Autowired AuditChainVerifier verifier;
    @Autowired AuditSealer sealer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    private long recordSome(int count) {
        for (int i = 0; i < count; i++) {
            audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.VIEW, "TestRecord", "r" + i).withDetail("entry " + i));
        }
        sealer.sealAll();
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }

    @Test
    void anUntouchedTrailVerifiesAndEveryEntryIsSealedOnce() {
        recordSome(3);
        AuditChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(jdbc.queryForObject("select count(*) from audit_entry", Long.class));
        assertThat(jdbc.queryForObject("select count(*) from audit_pending", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_seal", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(distinct entry_seq) from audit_seal", Long.class));
    }

    @Test
    void changingAnEntryIsDetectedAtThatEntry() {
        long last = recordSome(5);
        long victim = last - 2;
        String original = jdbc.queryForObject("select detail from audit_entry where seq = ?", String.class, victim);
        jdbc.update("update audit_entry set detail = 'nothing to see here' where seq = ?", victim);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
            assertThat(result.problem()).contains("hash");
        } finally {
            jdbc.update("update audit_entry set detail = ? where seq = ?", original, victim);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void rewritingASealsHashIsDetectedAtThatEntry() {
        long last = recordSome(4);
        long victim = last - 1;
        String hash = jdbc.queryForObject("select entry_hash from audit_seal where entry_seq = ?", String.class, victim);
        jdbc.update("update audit_seal set entry_hash = ? where entry_seq = ?", "f".repeat(64), victim);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
        } finally {
            jdbc.update("update audit_seal set entry_hash = ? where entry_seq = ?", hash, victim);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletingAnEntryIsDetected() {
        long last = recordSome(3);
        long victim = last - 1;
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", victim);
        Map<String, Object> seal = jdbc.queryForMap("select * from audit_seal where entry_seq = ?", victim);
        jdbc.update("delete from audit_seal where entry_seq = ?", victim);
        jdbc.update("delete from audit_entry where seq = ?", victim);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("missing entry");
        } finally {
            reinsert(row);
            reinsertSeal(seal);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestSealsIsDetected() {
        long last = recordSome(2);
        Map<String, Object> seal = jdbc.queryForMap("select * from audit_seal where entry_seq = ?", last);
        jdbc.update("delete from audit_seal where entry_seq = ?", last);
        try {
            assertThat(verifier.verify().intact()).isFalse();
        } finally {
            reinsertSeal(seal);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void removingWholeBatchesIsCaughtByACheckpointKeptElsewhere() {
        recordSome(2);
        recordSome(2);
        AuditChainVerifier.Checkpoint kept = verifier.checkpoint();
        assertThat(AuditChainVerifier.Checkpoint.parse(kept.line())).isEqualTo(kept);
        assertThat(kept.merkleRoot()).hasSize(64);
        List<Map<String, Object>> seals = jdbc.queryForList("select * from audit_seal where batch_no = ? order by chain_seq", kept.batchNo());
        Map<String, Object> batch = jdbc.queryForMap("select * from audit_batch where batch_no = ?", kept.batchNo());
        jdbc.update("delete from audit_seal where batch_no = ?", kept.batchNo());
        jdbc.update("delete from audit_batch where batch_no = ?", kept.batchNo());
        try {
            // what is left is a consistent chain (the entries look merely not sealed yet), but it no longer holds the checkpoint
            assertThat(verifier.verify().intact()).isTrue();
            AuditChainVerifier.Result result = verifier.verify(kept);
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("checkpoint");
        } finally {
            jdbc.update("insert into audit_batch (batch_no, first_chain_seq, last_chain_seq, last_hash, merkle_root, entries, sealed_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", batch.get("batch_no"), batch.get("first_chain_seq"), batch.get("last_chain_seq"),
                    batch.get("last_hash"), batch.get("merkle_root"), batch.get("entries"), batch.get("sealed_at"));
            seals.forEach(this::reinsertSeal);
        }
        assertThat(verifier.verify(kept).intact()).isTrue();
    }

    @Test
    void anEntryLeftUnsealedIsAFault() {
        recordSome(1);
        long number = jdbc.queryForObject("select max(seq) from audit_entry", Long.class) + 1_000_000;
        jdbc.update("insert into audit_entry (seq, occurred_at, actor_name, action, record_type, outcome) values (?, ?, 'Test', 'VIEW', 'Lost', 'SUCCESS')",
                number, Timestamp.from(Instant.now().minusSeconds(60)));
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(number);
            assertThat(result.problem()).contains("waited more than 10 seconds to be sealed");
        } finally {
            jdbc.update("delete from audit_entry where seq = ?", number);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.VIEW, "Concurrent", thread + "-" + i));
                }
            }));
        }
        // the sealer at work while they write
        done.add(pool.submit(() -> {
            for (int i = 0; i < 20; i++) {
                sealer.sealAll();
            }
        }));
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        sealer.sealAll();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 320);
        assertThat(jdbc.queryForObject("select count(distinct record_id) from audit_entry where record_type = 'Concurrent'", Long.class)).isGreaterThanOrEqualTo(320);
        assertThat(jdbc.queryForObject("select count(*) from audit_pending", Long.class)).isZero();
        AuditChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
    }

    @Test
    void onPostgresTheApplicationsRoleCannotChangeTheTrail() throws Exception {
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(database.toLowerCase().contains("postgres"), "PostgreSQL only: H2 has no roles");
        long last = recordSome(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (String change : List.of("update audit_entry set detail = 'x' where seq = " + last, "delete from audit_entry where seq = " + last,
                "update audit_seal set entry_hash = 'x' where entry_seq = " + last, "delete from audit_batch where batch_no = 0")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                jdbc.execute("set local role hub_app");
                jdbc.execute(change);
            })).as(change).isInstanceOf(DataAccessException.class)
                    .satisfies(e -> assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage()).contains("permission denied"));
        }
        // the same role writes entries and everything else
        tx.executeWithoutResult(status -> {
            jdbc.execute("set local role hub_app");
            audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.VIEW, "RoleTest", "1"));
            jdbc.update("update site_page set version = version where id = -1");
            jdbc.update("delete from audit_pending where entry_seq = -1");
        });
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (seq, occurred_at, actor_user_id, actor_name, actor_agency, actor_roles, action, "
                        + "record_type, record_id, outcome, reason, detail) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                row.get("seq"), row.get("occurred_at"), row.get("actor_user_id"), row.get("actor_name"), row.get("actor_agency"),
                row.get("actor_roles"), row.get("action"), row.get("record_type"), row.get("record_id"), row.get("outcome"),
                row.get("reason"), row.get("detail"));
    }

    private void reinsertSeal(Map<String, Object> seal) {
        jdbc.update("insert into audit_seal (chain_seq, entry_seq, batch_no, prev_hash, entry_hash) values (?, ?, ?, ?, ?)",
                seal.get("chain_seq"), seal.get("entry_seq"), seal.get("batch_no"), seal.get("prev_hash"), seal.get("entry_hash"));
    }
}
