package org.partnershiphub.newsletter.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person on the newsletter's lists. They are sent issues only once they have confirmed the address (double opt-in);
 * unsubscribing or a bounce stops every later sending. The confirmation link is kept as a hash and lasts 7 days.
 */
@Entity
@Table(name = "newsletter_subscriber")
public class Subscriber {

    public enum Status { PENDING, CONFIRMED, UNSUBSCRIBED, BOUNCED }

    static final Duration CONFIRM_LIFETIME = Duration.ofDays(7);
    /** A confirmation is not sent again to the same address within this time, so the form cannot be used to flood a mailbox. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String audiences;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "confirm_token_hash")
    private String confirmTokenHash;
    @Column(name = "confirm_sent_at")
    private Instant confirmSentAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "unsubscribe_token")
    private String unsubscribeToken;
    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;
    @Column(name = "bounced_at")
    private Instant bouncedAt;
    @Column(name = "bounce_detail")
    private String bounceDetail;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Subscriber() {
    }

    Subscriber(String email, Set<Audience> audiences, String unsubscribeToken, Instant now) {
        this.email = email;
        this.audiences = Audience.join(audiences);
        this.status = Status.PENDING;
        this.unsubscribeToken = unsubscribeToken;
        this.createdAt = now;
    }

    /**
     * Asks the person to confirm (again) with the lists they chose. Returns false, changing nothing, for an address
     * already confirmed (whoever typed it cannot change its lists) or one sent a confirmation in the last few minutes.
     */
    boolean requestConfirmation(Set<Audience> chosen, String tokenHash, Instant now) {
        if (status == Status.CONFIRMED
                || (status == Status.PENDING && confirmSentAt != null && confirmSentAt.plus(RESEND_AFTER).isAfter(now))) {
            return false;
        }
        status = Status.PENDING;
        audiences = Audience.join(chosen);
        confirmTokenHash = tokenHash;
        confirmSentAt = now;
        return true;
    }

    /** Confirms the address with a link that has not expired; refused once it is out of date. */
    void confirm(Instant now) {
        if (confirmSentAt == null || confirmSentAt.plus(CONFIRM_LIFETIME).isBefore(now)) {
            throw new NewsletterRefused("token", "newsletter.error.linkExpired");
        }
        status = Status.CONFIRMED;
        confirmedAt = now;
        confirmTokenHash = null;
        bouncedAt = null;
        bounceDetail = null;
    }

    void unsubscribe(Instant now) {
        if (status != Status.UNSUBSCRIBED) {
            status = Status.UNSUBSCRIBED;
            unsubscribedAt = now;
            confirmTokenHash = null;
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Set<Audience> audiences() {
        return Audience.split(audiences);
    }

    public Status getStatus() {
        return status;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public String getBounceDetail() {
        return bounceDetail;
    }
}
