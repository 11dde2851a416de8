package org.partnershiphub.newsletter.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.SecureTokens;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribing to the newsletter by double opt-in, confirming, and unsubscribing with the link in every email. The page
 * says the same whatever the address ("check your email"), so nobody learns who subscribes. The business unit reads the
 * list; each read and every change is in the audit trail (by record number, never the address).
 */
@Service
public class Subscriptions {

    public static final String RECORD_TYPE = "NewsletterSubscriber";
    static final int MAX_EMAIL = 320;
    /** One @, something before it, a dot in the domain, no spaces or angle brackets: real checking is the confirmation email. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+$");

    private final SubscriberRepository subscribers;
    private final NewsletterMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    Subscriptions(SubscriberRepository subscribers, NewsletterMail mail, AuditTrail audit, Clock clock) {
        this.subscribers = subscribers;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** Normalises an address as typed, or refuses it on the email field. */
    static String address(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new NewsletterRefused("email", "newsletter.error.email");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new NewsletterRefused("email", "newsletter.error.emailFormat");
        }
        return email;
    }

    /** Asks the person to confirm by email; an address already confirmed, or asked a few minutes ago, is sent nothing more. */
    @Transactional
    public void subscribe(String typedEmail, Set<Audience> audiences) {
        String email = address(typedEmail);
        Set<Audience> lists = audiences == null ? Set.of() : audiences.stream().filter(Audience.lists()::contains)
                .collect(java.util.stream.Collectors.toSet());
        if (lists.isEmpty()) {
            throw new NewsletterRefused("audiences", "newsletter.error.audiences");
        }
        Subscriber subscriber = subscribers.findByEmail(email)
                .orElseGet(() -> subscribers.save(new Subscriber(email, lists, SecureTokens.newToken(), clock.instant())));
        String token = SecureTokens.newToken();
        if (subscriber.requestConfirmation(lists, SecureTokens.hash(token), clock.instant())) {
            subscribers.saveAndFlush(subscriber);
            mail.sendConfirmation(email, token);
            audit.record(AuditEvent.of(AuditAction.CREATE, RECORD_TYPE, subscriber.getId()).withDetail("confirmation sent"));
        }
    }

    /** The subscriber a confirmation link belongs to, for the page that asks them to press the button. */
    @Transactional(readOnly = true)
    public Subscriber pending(String token) {
        return subscribers.findByConfirmTokenHash(SecureTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new NotFoundException("confirmation link"));
    }

    @Transactional
    public Subscriber confirm(String token) {
        Subscriber subscriber = pending(token);
        subscriber.confirm(clock.instant());
        subscribers.saveAndFlush(subscriber);
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD_TYPE, subscriber.getId()).withDetail("confirmed"));
        return subscriber;
    }

    @Transactional(readOnly = true)
    public Subscriber byUnsubscribeLink(String token) {
        return subscribers.findByUnsubscribeToken(token == null ? "" : token).orElseThrow(() -> new NotFoundException("unsubscribe link"));
    }

    /** Takes the person off every list; pressing it twice is harmless. */
    @Transactional
    public void unsubscribe(String token) {
        Subscriber subscriber = byUnsubscribeLink(token);
        if (subscriber.getStatus() != Subscriber.Status.UNSUBSCRIBED) {
            subscriber.unsubscribe(clock.instant());
            subscribers.saveAndFlush(subscriber);
            audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD_TYPE, subscriber.getId()).withDetail("unsubscribed"));
        }
    }

    /** Subscribers by status, for the business unit. */
    @Transactional(readOnly = true)
    public Map<Subscriber.Status, Long> counts() {
        Map<Subscriber.Status, Long> counts = new EnumMap<>(Subscriber.Status.class);
        for (Subscriber.Status status : Subscriber.Status.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : subscribers.countByStatus()) {
            counts.put((Subscriber.Status) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The newest 200 subscribers, for the business unit: a read of personal data, so it is audited. */
    @Transactional
    public List<Subscriber> newest(HubPrincipal actor) {
        if (!actor.hasRole(Role.BUSINESS_UNIT)) {
            audit.record(new AuditEvent(AuditAction.DENIED, RECORD_TYPE, null, AuditOutcome.DENIED, null, "SEARCH newsletter subscribers"));
            throw Permissions.deniedAfterAudit();
        }
        List<Subscriber> list = subscribers.findTop200ByOrderByCreatedAtDesc();
        audit.record(AuditEvent.of(AuditAction.SEARCH, RECORD_TYPE, null).withDetail(list.size() + " subscribers listed"));
        return list;
    }
}
