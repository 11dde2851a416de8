package org.partnershiphub.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holds the retention periods and applies every module's rule with them, each night and on demand. */
@Service
public class RetentionSchedule {

    public record Policy(String recordType, int retainDays, boolean hasRule) {
    }

    public record LastRun(String recordType, Instant ranAt, int removed) {
    }

    private final JdbcTemplate jdbc;
    private final List<RetentionRule> rules;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionSchedule(JdbcTemplate jdbc, List<RetentionRule> rules, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Policy> policies() {
        return jdbc.query("select record_type, retain_days from retention_policy order by record_type",
                (rs, i) -> {
                    String type = rs.getString(1);
                    return new Policy(type, rs.getInt(2), rules.stream().anyMatch(r -> r.recordType().equals(type)));
                });
    }

    public List<LastRun> lastRuns() {
        return jdbc.query("select r.record_type, r.ran_at, r.removed from retention_run r where r.id in "
                        + "(select max(id) from retention_run group by record_type) order by r.record_type",
                (rs, i) -> new LastRun(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)));
    }

    @Transactional
    public void setPeriod(String recordType, int retainDays) {
        Integer before = jdbc.query("select retain_days from retention_policy where record_type = ?", rs -> rs.next() ? rs.getInt(1) : null, recordType);
        if (before == null) {
            throw new IllegalArgumentException("Unknown record type");
        }
        jdbc.update("update retention_policy set retain_days = ?, updated_at = ? where record_type = ?",
                retainDays, java.sql.Timestamp.from(clock.instant()), recordType);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "RetentionPolicy", recordType).withDetail("retain days: " + before + " -> " + retainDays));
    }

    @Scheduled(cron = "${hub.retention.cron:0 30 2 * * *}", zone = "Europe/London")
    public void nightly() {
        applyAt(clock.instant());
    }

    /** Applies every rule as if it were {@code now}; returns how many records each removed. */
    @Transactional
    public Map<String, Integer> applyAt(Instant now) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (Policy policy : policies()) {
            for (RetentionRule rule : rules) {
                if (rule.recordType().equals(policy.recordType())) {
                    int count = rule.purgeBefore(now.minus(Duration.ofDays(policy.retainDays())));
                    removed.put(policy.recordType(), count);
                    jdbc.update("insert into retention_run (ran_at, record_type, removed) values (?, ?, ?)",
                            java.sql.Timestamp.from(now), policy.recordType(), count);
                    audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.DELETE, policy.recordType(), null)
                            .withDetail("retention: " + count + " removed (older than " + policy.retainDays() + " days)"));
                }
            }
        }
        return removed;
    }
}
