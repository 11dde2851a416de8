package org.partnershiphub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershiphub.audit.internal.AuditChainVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** With the sealer on its own schedule, as in production: entries written are sealed in the background without anyone asking. */
@SpringBootTest(properties = "hub.audit.seal-every=100ms")
class AuditSealingTest {

    @Autowired AuditTrail audit;
    @Autowired AuditChainVerifier verifier;
    @Autowired JdbcTemplate jdbc;

    @Test
    void entriesAreSealedInTheBackground() throws Exception {
        for (int i = 0; i < 300; i++) {
            audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.VIEW, "Background", String.valueOf(i)));
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jdbc.queryForObject("select count(*) from audit_pending", Long.class) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_pending", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry e where not exists (select 1 from audit_seal s where s.entry_seq = e.seq)",
                Long.class)).isZero();
        // 300 entries need at least two batches of 256
        assertThat(jdbc.queryForObject("select count(*) from audit_batch where batch_no > 0", Long.class)).isGreaterThanOrEqualTo(2);
        assertThat(verifier.verify().intact()).isTrue();
    }
}
