package org.partnershiphub.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnershiphub.retention.internal.RetentionSchedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records past their retention period are deleted or anonymised when the job runs at a given moment (a shifted clock):
 * old sign-in history goes, recent stays; a finished case's child identity goes, unless the case is under legal hold;
 * an open case's identity stays.
 */
@SpringBootTest
class RetentionTest {

    @Autowired RetentionSchedule retention;
    @Autowired JdbcTemplate jdbc;

    private long user() {
        return jdbc.queryForObject("select min(id) from user_account", Long.class);
    }

    private long incident(String reference, String stage, boolean legalHold, Instant referredAt) {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        jdbc.update("insert into serious_incident (reference, child_pseudonym, referring_agency_id, referred_by, referred_at, what_happened, "
                + "la_aware_date, abuse_or_neglect, harm, looked_after, stage, notification_due, legal_hold, version) values "
                + "(?, 'Child Retention', ?, ?, ?, 'Retention test', current_date, 'SUSPECTED', 'SERIOUS_HARM', false, ?, current_date, ?, 0)",
                reference, agency, user(), Timestamp.from(referredAt), stage, legalHold);
        long id = jdbc.queryForObject("select id from serious_incident where reference = ?", Long.class, reference);
        jdbc.update("insert into child_identity (incident_id, full_name, recorded_by, recorded_at) values (?, 'Retained Name', ?, ?)",
                id, user(), Timestamp.from(referredAt));
        jdbc.update("insert into sibling_identity (incident_id, position, full_name, recorded_by, recorded_at) values (?, 0, 'Retained Sibling', ?, ?)",
                id, user(), Timestamp.from(referredAt));
        return id;
    }

    /** The child's identity and their sibling's: both kept, or both gone. */
    private boolean identityExists(long incident) {
        boolean child = jdbc.queryForObject("select count(*) from child_identity where incident_id = ?", Long.class, incident) == 1;
        boolean sibling = jdbc.queryForObject("select count(*) from sibling_identity where incident_id = ?", Long.class, incident) == 1;
        assertThat(sibling).as("the sibling's identity goes with the child's").isEqualTo(child);
        return child;
    }

    @Test
    void theJobRemovesOnlyWhatHasPassedItsPeriodAndRespectsLegalHolds() {
        Instant now = Instant.parse("2034-06-01T03:00:00Z");
        Instant eightYearsEarlier = now.minus(Duration.ofDays(8 * 365));
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long finished = incident("RT-A-" + suffix, "CLOSED", false, eightYearsEarlier);
        long held = incident("RT-B-" + suffix, "PUBLISHED", true, eightYearsEarlier);
        long open = incident("RT-C-" + suffix, "RAPID_REVIEW", false, eightYearsEarlier);
        long recent = incident("RT-D-" + suffix, "CLOSED", false, now.minus(Duration.ofDays(30)));

        jdbc.update("insert into sign_in_record (user_id, outcome, occurred_at) values (?, 'SIGNED_IN', ?)", user(), Timestamp.from(now.minus(Duration.ofDays(500))));
        jdbc.update("insert into sign_in_record (user_id, outcome, occurred_at) values (?, 'SIGNED_IN', ?)", user(), Timestamp.from(now.minus(Duration.ofDays(10))));
        long before = jdbc.queryForObject("select count(*) from sign_in_record where occurred_at >= ?", Long.class, Timestamp.from(now.minus(Duration.ofDays(400))));

        Map<String, Integer> removed = retention.applyAt(now);

        assertThat(identityExists(finished)).as("finished case past its period").isFalse();
        assertThat(identityExists(held)).as("legal hold").isTrue();
        assertThat(identityExists(open)).as("open case").isTrue();
        assertThat(identityExists(recent)).as("within its period").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from serious_incident where id = ?", Long.class, finished))
                .as("the pseudonymised case itself is kept").isEqualTo(1);
        assertThat(removed.get("CHILD_IDENTITY")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_record where occurred_at < ?", Long.class, Timestamp.from(now.minus(Duration.ofDays(400))))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_record where occurred_at >= ?", Long.class, Timestamp.from(now.minus(Duration.ofDays(400))))).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'CHILD_IDENTITY' and action = 'DELETE'", Long.class)).isPositive();
    }

    @Test
    void aShorterPeriodTakesEffectAtTheNextRun() {
        Instant now = Instant.parse("2034-06-01T03:00:00Z");
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long twoYearsOld = incident("RT-E-" + suffix, "NOT_NOTIFIED", false, now.minus(Duration.ofDays(730)));
        retention.applyAt(now);
        assertThat(identityExists(twoYearsOld)).isTrue();
        retention.setPeriod("CHILD_IDENTITY", 365);
        try {
            retention.applyAt(now);
            assertThat(identityExists(twoYearsOld)).isFalse();
        } finally {
            retention.setPeriod("CHILD_IDENTITY", 2555);
        }
    }
}
