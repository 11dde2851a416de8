package org.partnershiphub.reviews.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.partnershiphub.shared.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A child's real identity (and each sibling's on the same case) is deleted from a finished case (closed, published or not notified) once the retention
 * period since referral has passed, unless the case is under legal hold. The pseudonymised case itself is kept.
 */
@Component
class ReviewRetention implements RetentionRule {

    private final JdbcTemplate jdbc;

    ReviewRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "CHILD_IDENTITY";
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        String finished = "(select id from serious_incident where stage in ('CLOSED', 'PUBLISHED', 'NOT_NOTIFIED') "
                + "and legal_hold = false and referred_at < ?)";
        return jdbc.update("delete from sibling_identity where incident_id in " + finished, Timestamp.from(cutoff))
                + jdbc.update("delete from child_identity where incident_id in " + finished, Timestamp.from(cutoff));
    }
}
