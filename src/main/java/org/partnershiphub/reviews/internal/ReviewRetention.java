package org.partnershiphub.reviews.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.partnershiphub.shared.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A child's real identity is deleted from a finished case (closed, published or not notified) once the retention
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
        return jdbc.update("delete from child_identity where incident_id in (select id from serious_incident "
                + "where stage in ('CLOSED', 'PUBLISHED', 'NOT_NOTIFIED') and legal_hold = false and referred_at < ?)", Timestamp.from(cutoff));
    }
}
