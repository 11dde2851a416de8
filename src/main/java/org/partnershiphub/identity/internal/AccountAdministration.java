package org.partnershiphub.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.identity.UserInvited;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do to accounts, and what people do to their own: every change audited with before and after. */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final SessionRegistry sessions;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final Clock clock;
    private final String baseUrl;
    private final InvitationMail mail;
    private final boolean demoMode;

    AccountAdministration(UserAccountRepository accounts, OrganisationRepository organisations, InvitationRepository invitations,
                          PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditTrail audit,
                          SessionRegistry sessions, ApplicationEventPublisher events, IdentityProperties properties,
                          Clock clock, org.partnershiphub.shared.web.HubProperties hub, InvitationMail mail) {
        this.mail = mail;
        this.demoMode = hub.demoData();
        this.accounts = accounts;
        this.organisations = organisations;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.sessions = sessions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = hub.baseUrl();
    }

    public record NewAccount(String fullName, String email, String jobTitle, long organisationId, Set<Role> roles) {
    }

    /** The link to give the invited person; shown once to the administrator and written to the log in the demo. */
    public record IssuedLink(long userId, String url, Instant expiresAt) {
    }

    public sealed interface InviteResult {
        record Invited(IssuedLink link) implements InviteResult { }
        record EmailTaken() implements InviteResult { }
    }

    @Transactional
    public InviteResult invite(NewAccount form) {
        String email = UserAccount.normaliseEmail(form.email());
        if (accounts.existsByEmail(email)) {
            return new InviteResult.EmailTaken();
        }
        Organisation organisation = organisations.findById(form.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation"));
        Instant now = clock.instant();
        Long by = CurrentUser.find().map(u -> u.userId()).orElse(null);
        UserAccount account = new UserAccount(email, form.fullName().trim(), blankToNull(form.jobTitle()), organisation, now);
        form.roles().forEach(role -> account.grant(role, now, by));
        accounts.saveAndFlush(account);
        IssuedLink link = issueLink(account, Invitation.Purpose.INVITE, by);
        audit.record(AuditEvent.of(AuditAction.CREATE, "UserAccount", account.getId())
                .withDetail("invited; agency: " + organisation.getName() + "; roles: " + new TreeSet<>(form.roles())));
        events.publishEvent(new UserInvited(account.getId(), organisation.getId()));
        return new InviteResult.Invited(link);
    }

    private IssuedLink issueLink(UserAccount account, Invitation.Purpose purpose, Long by) {
        Instant now = clock.instant();
        invitations.findByUserAndUsedAtIsNull(account).forEach(old -> old.revoke(now));
        String token = Tokens.newToken();
        Instant expires = now.plus(properties.invitationLifetime());
        invitations.save(new Invitation(account, Tokens.hash(token), purpose, now, expires, by));
        String url = baseUrl + "/invitation/" + token;
        if (demoMode) {
            log.info("One-time link to set a password for user {} ({}): {}", account.getId(), purpose, url);
        } else {
            log.info("One-time link issued for user {} ({}), expires {}", account.getId(), purpose, expires);
        }
        IssuedLink link = new IssuedLink(account.getId(), url, expires);
        mail.send(account, link, purpose);
        return link;
    }

    public sealed interface LinkCheck {
        record Usable(String fullName, String email) implements LinkCheck { }
        record Expired() implements LinkCheck { }
        record Unknown() implements LinkCheck { }
    }

    @Transactional(readOnly = true)
    public LinkCheck checkLink(String token) {
        return invitations.findByTokenHash(Tokens.hash(token))
                .<LinkCheck>map(inv -> inv.usableAt(clock.instant()) && inv.getUser().getStatus() != AccountStatus.DISABLED
                        ? new LinkCheck.Usable(inv.getUser().getFullName(), inv.getUser().getEmail())
                        : new LinkCheck.Expired())
                .orElseGet(LinkCheck.Unknown::new);
    }

    /** Sets a password from a one-time link. Returns a message key when the password is refused. */
    @Transactional
    public Optional<String> acceptLink(String token, String password) {
        Invitation invitation = invitations.findByTokenHash(Tokens.hash(token))
                .filter(inv -> inv.usableAt(clock.instant()))
                .orElseThrow(() -> new IllegalStateException("Link not usable"));
        UserAccount account = invitation.getUser();
        Optional<String> problem = passwordPolicy.problem(password, account.getEmail(), account.getFullName());
        if (problem.isPresent()) {
            return problem;
        }
        invitation.use(clock.instant());
        AccountStatus before = account.getStatus();
        account.activate(passwordEncoder.encode(password));
        audit.record(new org.partnershiphub.audit.AuditActor(account.getId(), account.getFullName(),
                        account.getOrganisation().getName(), null),
                AuditEvent.of(AuditAction.PASSWORD_CHANGED, "UserAccount", account.getId())
                        .withDetail("password set from " + invitation.getPurpose().name().toLowerCase() + " link; status: " + before + " -> " + account.getStatus()));
        return Optional.empty();
    }

    /** Changes the signed-in person's own password. Returns a message key when refused. */
    @Transactional
    public Optional<String> changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.of("password.error.currentWrong");
        }
        if (passwordEncoder.matches(newPassword == null ? "" : newPassword, account.getPasswordHash())) {
            return Optional.of("password.error.sameAsCurrent");
        }
        Optional<String> problem = passwordPolicy.problem(newPassword, account.getEmail(), account.getFullName());
        if (problem.isPresent()) {
            return problem;
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditEvent.of(AuditAction.PASSWORD_CHANGED, "UserAccount", account.getId()).withDetail("changed own password"));
        return Optional.empty();
    }

    @Transactional
    public IssuedLink resetAccess(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        if (account.getStatus() == AccountStatus.DISABLED) {
            throw new IllegalStateException("Enable the account before resetting access");
        }
        IssuedLink link = issueLink(account, account.getStatus() == AccountStatus.INVITED ? Invitation.Purpose.INVITE : Invitation.Purpose.RESET,
                CurrentUser.require().userId());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "UserAccount", userId).withDetail("access reset: new one-time link issued"));
        return link;
    }

    @Transactional
    public void disable(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        AccountStatus before = account.getStatus();
        account.disable(clock.instant());
        invitations.findByUserAndUsedAtIsNull(account).forEach(inv -> inv.revoke(clock.instant()));
        endSessions(account.getId());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "UserAccount", userId).withDetail("status: " + before + " -> DISABLED; sessions ended"));
    }

    @Transactional
    public IssuedLink enable(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        account.enable();
        audit.record(AuditEvent.of(AuditAction.UPDATE, "UserAccount", userId).withDetail("status: DISABLED -> INVITED"));
        return issueLink(account, Invitation.Purpose.RESET, CurrentUser.require().userId());
    }

    /** Replaces a person's roles. The caller has already re-authenticated the administrator. */
    @Transactional
    public void changeRoles(long userId, Set<Role> newRoles, long expectedVersion) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        if (account.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(UserAccount.class, userId);
        }
        Set<Role> before = EnumSet.copyOf(account.roleSet().isEmpty() ? EnumSet.noneOf(Role.class) : account.roleSet());
        Instant now = clock.instant();
        Long by = CurrentUser.require().userId();
        List<Role> removed = new ArrayList<>(before);
        removed.removeAll(newRoles);
        removed.forEach(account::revoke);
        newRoles.forEach(role -> account.grant(role, now, by));
        accounts.saveAndFlush(account);
        if (!before.equals(newRoles)) {
            endSessions(userId);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "UserAccount", userId)
                .withDetail("roles: " + new TreeSet<>(before) + " -> " + new TreeSet<>(newRoles)));
    }

    private void endSessions(long userId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal p && p.userId() == userId) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
