package org.partnershiphub.caseaudit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.ChaseLedger;
import org.partnershiphub.shared.PlainTextMail;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, an agency asked to take part in an open audit whose part for some case is not yet submitted is
 * reminded a week before the deadline and chased the day after it, then weekly until every part is in. Each email sent
 * is recorded, so a restart never sends it twice.
 */
@Service
public class AuditChases {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final int REMIND_DAYS_BEFORE = 7;
    static final Duration CHASE_EVERY = Duration.ofDays(7);

    private final CaseAudits audits;
    private final AuditRepository repository;
    private final Directory directory;
    private final ChaseLedger ledger;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    AuditChases(CaseAudits audits, AuditRepository repository, Directory directory, JdbcTemplate jdbc, MessageSource messages, PlainTextMail mail,
                AuditTrail audit, Clock clock, @Value("${hub.base-url}") String baseUrl) {
        this.audits = audits;
        this.repository = repository;
        this.directory = directory;
        this.ledger = new ChaseLedger(jdbc, "ca_chase", "audit_id", "agency_id");
        this.messages = messages;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** One email to one safeguarding lead about their agency's parts still to submit for one audit. */
    public record Chase(long auditId, long agencyId, String kind, String email, String subject, String body) {
    }

    @Scheduled(cron = "${hub.case-audit.chase-cron:0 50 7 * * *}", zone = "Europe/London")
    public void chaseDaily() {
        send(chasesDue());
    }

    @Transactional(readOnly = true)
    public List<Chase> chasesDue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Chase> chases = new ArrayList<>();
        for (Audit a : repository.findAll()) {
            if (a.getStatus() == Audit.Status.CLOSED) {
                continue;
            }
            String kind = ChaseLedger.kind(today, a.getDeadline(), REMIND_DAYS_BEFORE, Integer.MAX_VALUE).orElse(null);
            if (kind == null) {
                continue;
            }
            for (Map.Entry<Long, Integer> missing : audits.missingParts(a.getId()).entrySet()) {
                if (!ledger.due(kind, now, CHASE_EVERY, a.getId(), missing.getKey())) {
                    continue;
                }
                for (Directory.Contact lead : directory.activeWithRole(Role.AGENCY_LEAD, missing.getKey())) {
                    Object[] args = {lead.name(), a.getTheme(), DATE.format(a.getDeadline()), missing.getValue(),
                            baseUrl + "/case-audits/" + a.getId()};
                    chases.add(new Chase(a.getId(), missing.getKey(), kind, lead.email(), messages.getMessage("ca.chase.subject." + kind, args, Locale.UK),
                            messages.getMessage("ca.chase.body." + kind, args, Locale.UK)));
                }
            }
        }
        return chases;
    }

    @Transactional
    public void send(List<Chase> chases) {
        Map<String, Chase> recorded = new LinkedHashMap<>();
        for (Chase chase : chases) {
            mail.send(chase.email(), chase.subject(), chase.body(), "a case file audit reminder");
            recorded.putIfAbsent(chase.auditId() + "/" + chase.agencyId() + chase.kind(), chase);
        }
        for (Chase chase : recorded.values()) {
            ledger.sent(chase.kind(), clock.instant(), chase.auditId(), chase.agencyId());
            audit.record(AuditEvent.of(AuditAction.CREATE, "CaseFileAuditChase", chase.auditId())
                    .withDetail(chase.kind().toLowerCase(Locale.UK) + " to agency " + chase.agencyId()));
        }
    }
}
