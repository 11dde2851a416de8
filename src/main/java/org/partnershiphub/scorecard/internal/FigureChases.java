package org.partnershiphub.scorecard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.ChaseLedger;
import org.partnershiphub.shared.PlainTextMail;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, an agency whose figures for the last quarter are missing is reminded a week before the deadline and
 * chased the day after it, then weekly until every figure is in. The email goes to the agency's safeguarding leads and
 * lists the indicators; each one sent is recorded, so a restart never sends it twice.
 */
@Service
public class FigureChases {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final int REMIND_DAYS_BEFORE = 7;
    static final Duration CHASE_EVERY = Duration.ofDays(7);

    private final Scorecard scorecard;
    private final IndicatorRepository indicators;
    private final FigureRepository figures;
    private final Directory directory;
    private final ChaseLedger ledger;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    FigureChases(Scorecard scorecard, IndicatorRepository indicators, FigureRepository figures, Directory directory, JdbcTemplate jdbc,
                 MessageSource messages, PlainTextMail mail, AuditTrail audit, Clock clock, @Value("${hub.base-url}") String baseUrl) {
        this.scorecard = scorecard;
        this.indicators = indicators;
        this.figures = figures;
        this.directory = directory;
        this.ledger = new ChaseLedger(jdbc, "sc_chase", "agency_id", "quarter_key");
        this.messages = messages;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** One email to one safeguarding lead about their agency's missing figures. */
    public record Chase(long agencyId, String kind, String email, String subject, String body) {
    }

    @Scheduled(cron = "${hub.scorecard.chase-cron:0 40 7 * * *}", zone = "Europe/London")
    public void chaseDaily() {
        send(chasesDue());
    }

    /** The reminders and chases due today for the last quarter's missing figures, not yet sent. */
    @Transactional(readOnly = true)
    public List<Chase> chasesDue() {
        Quarter quarter = scorecard.reportingQuarter();
        LocalDate today = scorecard.today();
        LocalDate due = scorecard.dueDate(quarter);
        String kind = ChaseLedger.kind(today, due, REMIND_DAYS_BEFORE, Integer.MAX_VALUE).orElse(null);
        if (kind == null) {
            return List.of();
        }
        Set<Long> entered = new HashSet<>();
        figures.findByQuarterKeyIn(List.of(quarter.key())).forEach(f -> entered.add(f.getIndicatorId()));
        Map<Long, List<Indicator>> missing = new LinkedHashMap<>();
        for (Indicator i : indicators.findByActiveTrueOrderByPositionAscIdAsc()) {
            if (!entered.contains(i.getId())) {
                missing.computeIfAbsent(i.getOwnerAgencyId(), k -> new ArrayList<>()).add(i);
            }
        }
        Instant now = clock.instant();
        List<Chase> chases = new ArrayList<>();
        for (Map.Entry<Long, List<Indicator>> entry : missing.entrySet()) {
            if (!ledger.due(kind, now, CHASE_EVERY, entry.getKey(), quarter.key())) {
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (Indicator i : entry.getValue()) {
                lines.append("- ").append(i.getCode()).append(' ').append(i.getTitle()).append(": ").append(baseUrl)
                        .append("/scorecard/indicators/").append(i.getId()).append("/figures/").append(quarter.key()).append('\n');
            }
            for (Directory.Contact lead : directory.activeWithRole(Role.AGENCY_LEAD, entry.getKey())) {
                Object[] args = {lead.name(), quarter.label(), DATE.format(due), entry.getValue().size(), lines.toString(), baseUrl + "/scorecard"};
                chases.add(new Chase(entry.getKey(), kind, lead.email(),
                        messages.getMessage("scorecard.chase.subject." + kind, args, Locale.UK),
                        messages.getMessage("scorecard.chase.body." + kind, args, Locale.UK)));
            }
        }
        return chases;
    }

    /** Sends the chases and records each agency's as sent (a chase after the deadline is sent again a week later). */
    @Transactional
    public void send(List<Chase> chases) {
        Quarter quarter = scorecard.reportingQuarter();
        Set<String> recorded = new HashSet<>();
        for (Chase chase : chases) {
            mail.send(chase.email(), chase.subject(), chase.body(), "a scorecard figures reminder");
            if (recorded.add(chase.agencyId() + chase.kind())) {
                ledger.sent(chase.kind(), clock.instant(), chase.agencyId(), quarter.key());
                audit.record(AuditEvent.of(AuditAction.CREATE, "ScorecardChase", chase.agencyId())
                        .withDetail(chase.kind().toLowerCase(Locale.UK) + " for " + quarter.label()));
            }
        }
    }
}
