package org.partnershiphub.governance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar links: a member subscribes their calendar program to their boards' meetings with a secret link,
 * since such programs cannot sign in. Only the link's SHA-256 is stored; a new link stops the old one working.
 */
@Service
public class CalendarLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarLinks(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a new link for the person, replacing any earlier one; the token is returned once and never stored. */
    @Transactional
    public String renew(long personId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.sql("update gov_calendar_link set token_hash = ?, created_at = ? where person_id = ?").params(hash(token), now, personId).update() == 0) {
            jdbc.sql("insert into gov_calendar_link (person_id, token_hash, created_at) values (?, ?, ?)").params(personId, hash(token), now).update();
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "CalendarLink", personId).withDetail("new private calendar link; any earlier one stopped"));
        return token;
    }

    @Transactional(readOnly = true)
    public boolean exists(long personId) {
        return jdbc.sql("select count(*) from gov_calendar_link where person_id = ?").param(personId).query(Long.class).single() > 0;
    }

    @Transactional
    public void stop(long personId) {
        jdbc.sql("delete from gov_calendar_link where person_id = ?").param(personId).update();
        audit.record(AuditEvent.of(AuditAction.DELETE, "CalendarLink", personId).withDetail("private calendar link stopped"));
    }

    /** Whose link this is, if it is a current one. */
    @Transactional(readOnly = true)
    public Optional<Long> owner(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select person_id from gov_calendar_link where token_hash = ?").param(hash(token)).query(Long.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
