package org.partnershiphub.selfassessment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.GroupType;
import org.partnershiphub.shared.HubPrincipal;
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
 * Chasing returns so that every agency returns (100% is the norm): each morning an agency whose return is not yet
 * submitted is reminded two weeks before the due date and chased the day after it, then weekly. The business unit
 * escalates the overdue returns to the Independent Chair (the chair of the Executive, or the independent scrutineer
 * where the Executive has no chair recorded). Each email sent is recorded, so a restart never sends it twice.
 */
@Service
public class ReturnChases {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final int REMIND_DAYS_BEFORE = 14;
    static final Duration CHASE_EVERY = Duration.ofDays(7);
    /** Cycles whose due date is further back than this are no longer chased. */
    static final int CHASE_FOR_DAYS = 120;

    private final SelfAssessments assessments;
    private final CycleRepository cycles;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final ChaseLedger ledger;
    private final MessageSource messages;
    private final PlainTextMail mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    ReturnChases(SelfAssessments assessments, CycleRepository cycles, Directory directory, JdbcTemplate jdbc, MessageSource messages,
                 PlainTextMail mail, AuditTrail audit, Clock clock, @Value("${hub.base-url}") String baseUrl) {
        this.assessments = assessments;
        this.cycles = cycles;
        this.directory = directory;
        this.jdbc = jdbc;
        this.ledger = new ChaseLedger(jdbc, "sa_chase", "return_id");
        this.messages = messages;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** One email about one return, to one of its agency's safeguarding leads. */
    public record Chase(long returnId, String kind, String email, String subject, String body) {
    }

    @Scheduled(cron = "${hub.self-assessment.chase-cron:0 45 7 * * *}", zone = "Europe/London")
    public void chaseDaily() {
        send(chasesDue());
    }

    /** The reminders and chases due today and not yet sent, for every cycle still being collected. */
    @Transactional(readOnly = true)
    public List<Chase> chasesDue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Chase> chases = new ArrayList<>();
        for (Cycle cycle : cycles.findAll()) {
            LocalDate due = cycle.getDueOn();
            String kind = ChaseLedger.kind(today, due, REMIND_DAYS_BEFORE, CHASE_FOR_DAYS).orElse(null);
            if (kind == null) {
                continue;
            }
            for (AgencyReturn r : assessments.notReturned(cycle.getId())) {
                if (!ledger.due(kind, now, CHASE_EVERY, r.getId())) {
                    continue;
                }
                String link = baseUrl + "/self-assessment/returns/" + r.getId();
                for (Directory.Contact lead : directory.activeWithRole(Role.AGENCY_LEAD, r.getAgencyId())) {
                    Object[] args = {lead.name(), cycle.getName(), DATE.format(due), link, ChronoUnit.DAYS.between(due, today),
                            r.getStatus() == AgencyReturn.Status.EVIDENCE_REQUESTED ? 1 : 0};
                    chases.add(new Chase(r.getId(), kind, lead.email(), messages.getMessage("sa.chase.subject." + kind, args, Locale.UK),
                            messages.getMessage("sa.chase.body." + kind, args, Locale.UK)));
                }
            }
        }
        return chases;
    }

    /** Sends the chases and records each return's as sent. */
    @Transactional
    public void send(List<Chase> chases) {
        Map<String, Chase> recorded = new LinkedHashMap<>();
        for (Chase chase : chases) {
            mail.send(chase.email(), chase.subject(), chase.body(), "a self-assessment reminder");
            recorded.putIfAbsent(chase.returnId() + chase.kind(), chase);
        }
        for (Chase chase : recorded.values()) {
            ledger.sent(chase.kind(), clock.instant(), chase.returnId());
            audit.record(AuditEvent.of(AuditAction.CREATE, "SelfAssessmentChase", chase.returnId()).withDetail(chase.kind().toLowerCase(Locale.UK)));
        }
    }

    /** When each return of the cycle was last reminded or chased, by return id. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastChased(long cycleId) {
        Map<Long, Instant> last = new LinkedHashMap<>();
        jdbc.query("select c.return_id, max(c.sent_at) from sa_chase c join sa_return r on r.id = c.return_id where r.cycle_id = ? "
                + "group by c.return_id", rs -> {
                    last.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }, cycleId);
        return last;
    }

    /** Who overdue returns are escalated to: the Executive's chair, or the independent scrutineer when it has none. */
    public List<Directory.Contact> independentChair() {
        List<Directory.Contact> chairs = new ArrayList<>();
        for (Directory.Group group : directory.groups()) {
            if (group.type() != GroupType.EXECUTIVE) {
                continue;
            }
            for (Directory.Member m : directory.members(group.id())) {
                if (m.active() && m.roleInGroup() != null && m.roleInGroup().toLowerCase(Locale.UK).contains("chair")
                        && chairs.stream().noneMatch(c -> c.id() == m.personId())) {
                    chairs.add(new Directory.Contact(m.personId(), m.name(), m.email(), m.agencyId()));
                }
            }
        }
        return chairs.isEmpty() ? directory.activeWithRole(Role.INDEPENDENT_SCRUTINEER, null) : chairs;
    }

    /**
     * Escalates every overdue return of the cycle to the Independent Chair in one email naming each agency and how many
     * days it is overdue; each return records when it was escalated.
     *
     * @return how many returns were escalated
     * @throws SelfAssessmentRefused when no return is overdue or there is nobody to escalate to
     */
    @Transactional
    public int escalate(HubPrincipal actor, long cycleId) {
        assessments.requireBusinessUnit(actor, "escalate returns");
        Cycle cycle = assessments.cycle(cycleId);
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(cycle.getDueOn())) {
            throw new SelfAssessmentRefused("escalate", "sa.error.notOverdueYet");
        }
        List<AgencyReturn> overdue = assessments.notReturned(cycleId);
        if (overdue.isEmpty()) {
            throw new SelfAssessmentRefused("escalate", "sa.error.noneOverdue");
        }
        List<Directory.Contact> chair = independentChair();
        if (chair.isEmpty()) {
            throw new SelfAssessmentRefused("escalate", "sa.error.noChair");
        }
        long days = ChronoUnit.DAYS.between(cycle.getDueOn(), today);
        StringBuilder lines = new StringBuilder();
        overdue.stream().map(r -> directory.agencyName(r.getAgencyId())).sorted().forEach(name -> lines.append("- ").append(name).append('\n'));
        for (Directory.Contact to : chair) {
            Object[] args = {to.name(), cycle.getName(), DATE.format(cycle.getDueOn()), days, overdue.size(), lines.toString(),
                    baseUrl + "/self-assessment/cycles/" + cycleId};
            mail.send(to.email(), messages.getMessage("sa.escalation.subject", args, Locale.UK),
                    messages.getMessage("sa.escalation.body", args, Locale.UK), "a self-assessment escalation");
        }
        Instant now = clock.instant();
        overdue.forEach(r -> r.escalated(now));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SelfAssessmentCycle", cycleId)
                .withDetail("escalated " + overdue.size() + " overdue returns to " + chair.get(0).name()));
        return overdue.size();
    }
}
