package org.partnershiphub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.partnershiphub.audit.internal.AuditChainVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail is append-only and tamper-evident: every entry carries the hash of the one before, so changing or
 * removing a row in the database is reported by the verifier with the first broken entry. Each test puts the rows
 * back as they were, so the shared test database stays intact for the others.
 */
@SpringBootTest
class AuditTrailIntegrityTest {

    @Autowired AuditTrail audit;
    @Autowired AuditChainVerifier verifier;
    @Autowired JdbcTemplate jdbc;

    private long recordSome(int count) {
        for (int i = 0; i < count; i++) {
            audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.VIEW, "TestRecord", "r" + i).withDetail("entry " + i));
        }
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }

    @Test
    void anUntouchedTrailVerifies() {
        recordSome(3);
        AuditChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(jdbc.queryForObject("select count(*) from audit_entry", Long.class));
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
    void rewritingAnEntryWithAFreshHashBreaksTheNextLink() {
        long last = recordSome(4);
        long victim = last - 1;
        Map<String, Object> row = jdbc.queryForMap("select actor_name, entry_hash from audit_entry where seq = ?", victim);
        jdbc.update("update audit_entry set actor_name = 'Someone else', entry_hash = ? where seq = ?", "f".repeat(64), victim);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
        } finally {
            jdbc.update("update audit_entry set actor_name = ?, entry_hash = ? where seq = ?", row.get("actor_name"), row.get("entry_hash"), victim);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletingAnEntryIsDetected() {
        long last = recordSome(3);
        long victim = last - 1;
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", victim);
        jdbc.update("delete from audit_entry where seq = ?", victim);
        try {
            AuditChainVerifier.Result result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim);
        } finally {
            reinsert(row);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestEntriesIsDetected() {
        long last = recordSome(2);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", last);
        jdbc.update("delete from audit_entry where seq = ?", last);
        try {
            assertThat(verifier.verify().intact()).isFalse();
        } finally {
            reinsert(row);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.VIEW, "Concurrent", thread + "-" + i));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 200);
        assertThat(jdbc.queryForObject("select count(distinct record_id) from audit_entry where record_type = 'Concurrent'", Long.class)).isGreaterThanOrEqualTo(200);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (seq, occurred_at, actor_user_id, actor_name, actor_agency, actor_roles, action, "
                        + "record_type, record_id, outcome, reason, detail, prev_hash, entry_hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                row.get("seq"), row.get("occurred_at"), row.get("actor_user_id"), row.get("actor_name"), row.get("actor_agency"),
                row.get("actor_roles"), row.get("action"), row.get("record_type"), row.get("record_id"), row.get("outcome"),
                row.get("reason"), row.get("detail"), row.get("prev_hash"), row.get("entry_hash"));
    }
}
