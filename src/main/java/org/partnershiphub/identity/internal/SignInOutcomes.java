package org.partnershiphub.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens after a sign-in attempt or a sign-out: the person's sign-in history, the audit trail, the throttle.
 * A failed attempt shows the same message whether the email is unknown, the password wrong or the account disabled,
 * and keeps the email typed (in the session, never in the address).
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final UserAccountRepository accounts;
    private final SignInRecordRepository history;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    SignInOutcomes(UserAccountRepository accounts, SignInRecordRepository history, SignInThrottle throttle,
                   AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.throttle = throttle;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        String address = ClientAddress.of(request);
        throttle.succeeded(address, principal.email());
        transactions.executeWithoutResult(status -> {
            accounts.findById(principal.userId()).ifPresent(account -> account.signedIn(clock.instant()));
            history.save(new SignInRecord(principal.userId(), SignInRecord.Outcome.SIGNED_IN, address,
                    request.getHeader("User-Agent"), clock.instant()));
            audit.record(AuditActor.of(principal), AuditEvent.of(AuditAction.SIGN_IN, "UserAccount", principal.userId()));
        });
        request.getSession().removeAttribute(SignInAttributes.TYPED_EMAIL);
        if (principal.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        response.sendRedirect(request.getContextPath() + pageAskedFor(request, response));
    }

    /**
     * The page the person asked for before signing in, as a path on this hub: the saved request's address is rebuilt
     * from the Host header it arrived with, so only its path and query are kept (an attacker's Host never leads here).
     */
    private String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved == null) {
            return "/dashboard";
        }
        savedRequests.removeRequest(request, response);
        URI asked = URI.create(saved.getRedirectUrl());
        String path = asked.getRawPath() == null ? "" : asked.getRawPath();
        String contextPath = request.getContextPath();
        if (!path.startsWith(contextPath + "/") || path.startsWith(contextPath + "//")) {
            return "/dashboard";
        }
        String within = path.substring(contextPath.length());
        return asked.getRawQuery() == null ? within : within + "?" + asked.getRawQuery();
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email") == null ? "" : request.getParameter("email");
        String address = ClientAddress.of(request);
        throttle.failed(address, email);
        transactions.executeWithoutResult(status -> {
            Long userId = accounts.findByEmail(UserAccount.normaliseEmail(email)).map(UserAccount::getId).orElse(null);
            if (userId != null) {
                SignInRecord.Outcome outcome = exception instanceof org.springframework.security.authentication.DisabledException
                        ? SignInRecord.Outcome.ACCOUNT_DISABLED : SignInRecord.Outcome.WRONG_PASSWORD;
                history.save(new SignInRecord(userId, outcome, address, request.getHeader("User-Agent"), clock.instant()));
            }
            audit.record(AuditActor.ANONYMOUS, new AuditEvent(AuditAction.SIGN_IN_FAILED, "UserAccount",
                    userId == null ? null : userId.toString(), AuditOutcome.FAILURE, null,
                    userId == null ? "unknown email" : "wrong password or unusable account"));
        });
        String typed = email == null ? "" : email.strip();
        request.getSession().setAttribute(SignInAttributes.TYPED_EMAIL, typed.length() > 254 ? typed.substring(0, 254) : typed);
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            transactions.executeWithoutResult(status -> {
                history.save(new SignInRecord(principal.userId(), SignInRecord.Outcome.SIGNED_OUT, ClientAddress.of(request),
                        request.getHeader("User-Agent"), clock.instant()));
                audit.record(AuditActor.of(principal), AuditEvent.of(AuditAction.SIGN_OUT, "UserAccount", principal.userId()));
            });
        }
    }
}
