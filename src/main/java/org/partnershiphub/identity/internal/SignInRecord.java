package org.partnershiphub.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sign-in attempt against a known account; people can see their own history. */
@Entity
@Table(name = "sign_in_record")
public class SignInRecord {

    public enum Outcome { SIGNED_IN, WRONG_PASSWORD, ACCOUNT_DISABLED, THROTTLED, SIGNED_OUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;
    @Column(name = "ip_address")
    private String ipAddress;
    @Column(name = "user_agent")
    private String userAgent;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected SignInRecord() {
    }

    SignInRecord(Long userId, Outcome outcome, String ipAddress, String userAgent, Instant occurredAt) {
        this.userId = userId;
        this.outcome = outcome;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Outcome getOutcome() { return outcome; }
    public String getIpAddress() { return ipAddress; }
    public String getUserAgent() { return userAgent; }
    public Instant getOccurredAt() { return occurredAt; }
}
