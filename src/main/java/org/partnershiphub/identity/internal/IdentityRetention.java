package org.partnershiphub.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.partnershiphub.shared.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in history and spent one-time links are deleted once their retention period has passed. */
@Configuration(proxyBeanMethods = false)
class IdentityRetention {

    @Bean
    RetentionRule signInRecordRetention(JdbcTemplate jdbc) {
        return new RetentionRule() {
            @Override
            public String recordType() {
                return "SIGN_IN_RECORD";
            }

            @Override
            public int purgeBefore(Instant cutoff) {
                return jdbc.update("delete from sign_in_record where occurred_at < ?", Timestamp.from(cutoff));
            }
        };
    }

    @Bean
    RetentionRule invitationRetention(JdbcTemplate jdbc) {
        return new RetentionRule() {
            @Override
            public String recordType() {
                return "INVITATION";
            }

            @Override
            public int purgeBefore(Instant cutoff) {
                return jdbc.update("delete from invitation where expires_at < ?", Timestamp.from(cutoff));
            }
        };
    }
}
