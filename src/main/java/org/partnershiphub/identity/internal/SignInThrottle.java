package org.partnershiphub.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing without locking the real person out: failures are counted per (address, email)
 * and per address. Past the limit within the window, that address gets 429 for that email (or for all emails when
 * one address fails too often) until the window has passed. The person can still sign in from elsewhere.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

    private static final int PER_ADDRESS_FACTOR = 4;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final IdentityProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    SignInThrottle(IdentityProperties properties, Clock clock, AuditTrail audit) {
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && ClientAddress.path(request).equals("/sign-in"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.of(request);
        String email = request.getParameter("email");
        if (isThrottled(address, email)) {
            audit.record(AuditActor.ANONYMOUS, new AuditEvent(AuditAction.SIGN_IN_FAILED, "SignIn", null,
                    AuditOutcome.DENIED, null, "throttled: too many failed attempts from this address"));
            response.setHeader("Retry-After", String.valueOf(properties.throttleWindow().toSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isThrottled(String address, String email) {
        return count(key(address, email)) >= properties.maxFailedSignIns()
                || count(address) >= properties.maxFailedSignIns() * PER_ADDRESS_FACTOR;
    }

    void failed(String address, String email) {
        Instant now = clock.instant();
        add(key(address, email), now);
        add(address, now);
    }

    void succeeded(String address, String email) {
        failures.remove(key(address, email));
    }

    private static String key(String address, String email) {
        return address + "|" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private void add(String key, Instant when) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            synchronized (list) {
                prune(list);
                list.addLast(when);
            }
            return list;
        });
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(properties.throttleWindow());
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.pollFirst();
        }
    }

    /** Forgets old failures so the map does not grow without bound. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000)
    void forgetOld() {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue());
                return entry.getValue().isEmpty();
            }
        });
    }
}
