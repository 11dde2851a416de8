package org.partnershiphub.disagreements.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditOutcome;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.calendar.Deadline;
import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.HubPrincipal;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raising, viewing and moving professional disagreements through the escalation stages, and the automatic escalation
 * when a stage's time limit in working days has passed. Who may see a disagreement: the person who raised it, the
 * agency safeguarding leads of both agencies, the named lead of every stage it reached, and the business unit.
 * Every view and every change is written to the audit trail; so is every refusal.
 */
@Service
public class Disagreements {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String RECORD = "Disagreement";

    /** A disagreement moved to the next stage; {@code automatic} when its time limit passed. */
    public record DisagreementEscalated(long disagreementId, int stage, boolean automatic) {
    }

    /** A disagreement was raised: the other agency's safeguarding leads (and stage 1's named lead, if any) are told. */
    public record DisagreementRaised(long disagreementId) {
    }

    /** The last stage's time limit passed with the disagreement still open: the business unit is told once. */
    public record FinalStageOverdue(long disagreementId) {
    }

    /** {@code submissionKey}: one per check-your-answers page, so posting it twice raises one disagreement. */
    public record RaiseDetails(long otherAgencyId, String childReference, Theme theme, String concern, String outcomeSought,
                               String submissionKey) {
    }

    /** The disagreement this person already raised with this submission key, if any (the same form posted again). */
    @Transactional(readOnly = true)
    public Optional<Long> alreadyRaised(String submissionKey, HubPrincipal raiser) {
        return submissionKey == null ? Optional.empty() : disagreements.raisedWith(submissionKey, raiser.userId());
    }

    public enum Decision { RESOLVED, ESCALATE }

    private final DisagreementRepository disagreements;
    private final StageRepository stages;
    private final WorkingDayCalendar calendar;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Disagreements(DisagreementRepository disagreements, StageRepository stages, WorkingDayCalendar calendar, Directory directory,
                  AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.disagreements = disagreements;
        this.stages = stages;
        this.calendar = calendar;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    public Deadline deadline(LocalDate due) {
        return calendar.deadline(due, today());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Raising

    @Transactional
    public long raise(RaiseDetails details, HubPrincipal raiser) {
        Optional<Long> existing = alreadyRaised(details.submissionKey(), raiser);
        if (existing.isPresent()) {
            return existing.get();
        }
        EscalationStage first = stages.findAllByOrderByPositionAsc().stream().findFirst()
                .orElseThrow(() -> new DisagreementRefused("disagreement.refused.noStages"));
        if (directory.agency(details.otherAgencyId()).isEmpty()) {
            throw new DisagreementRefused("disagreement.error.otherAgency");
        }
        LocalDate today = today();
        Disagreement disagreement = disagreements.save(new Disagreement(raiser.userId(), raiser.agencyId(), details.otherAgencyId(),
                details.childReference(), details.theme(), details.concern(), details.outcomeSought(), first, clock.instant(), today,
                calendar.addWorkingDays(today, first.getWorkingDays()), details.submissionKey()));
        audit.record(AuditEvent.of(AuditAction.CREATE, RECORD, disagreement.getId())
                .withDetail("raised with agency " + details.otherAgencyId() + ", theme " + details.theme() + ", stage " + first.getPosition()));
        events.publishEvent(new DisagreementRaised(disagreement.getId()));
        return disagreement.getId();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Who may see it

    public boolean mayView(Disagreement d, HubPrincipal user) {
        try {
            if (user == null) {
                return false;
            }
            if (user.hasRole(Role.BUSINESS_UNIT) || d.involvedPeople().contains(user.userId())) {
                return true;
            }
            return user.hasRole(Role.AGENCY_LEAD) && (user.agencyId() == d.getRaiserAgencyId() || user.agencyId() == d.getOtherAgencyId());
        } catch (RuntimeException e) {
            return false; // fail closed
        }
    }

    private Disagreement permitted(long id, HubPrincipal user, String attempted) {
        Disagreement d = disagreements.findById(id).orElseThrow(() -> new NotFoundException("disagreement"));
        if (!mayView(d, user)) {
            audit.record(new AuditEvent(AuditAction.DENIED, RECORD, String.valueOf(id), AuditOutcome.DENIED, null, "attempted " + attempted));
            throw Permissions.deniedAfterAudit();
        }
        return d;
    }

    /** The disagreement with its stages, for someone allowed to see it; the view is audited (it is about a child). */
    @Transactional
    public Disagreement view(long id, HubPrincipal user) {
        Disagreement d = permitted(id, user, "view");
        d.getSteps().size();
        audit.record(AuditEvent.of(AuditAction.VIEW, RECORD, id));
        return d;
    }

    /** Checks access without a second view entry (used when a form on the page is re-shown with errors). */
    @Transactional(readOnly = true)
    public Disagreement load(long id, HubPrincipal user) {
        Disagreement d = permitted(id, user, "view");
        d.getSteps().size();
        return d;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Stage outcomes

    /** Whether there is a stage after the one the disagreement is at. */
    @Transactional(readOnly = true)
    public Optional<EscalationStage> nextStage(Disagreement d) {
        return stages.findFirstByPositionGreaterThanOrderByPositionAsc(d.getCurrentStage());
    }

    /**
     * Records the outcome of the current stage. {@code stageSeen}, when given, is the stage the person was looking at:
     * if the disagreement has moved on since (escalated by someone else or by the time limit), nothing is recorded.
     */
    @Transactional
    public void recordOutcome(long id, Decision decision, String note, Integer stageSeen, HubPrincipal user) {
        Disagreement d = permitted(id, user, "record outcome");
        if (!d.open()) {
            throw new DisagreementRefused("disagreement.refused.notOpen");
        }
        if (stageSeen != null && stageSeen != d.getCurrentStage()) {
            throw new DisagreementRefused("disagreement.refused.moved");
        }
        Instant now = clock.instant();
        LocalDate today = today();
        int stage = d.getCurrentStage();
        if (decision == Decision.RESOLVED) {
            d.resolve(note, user.userId(), now, today);
            audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, id).withDetail("resolved at stage " + stage));
        } else {
            EscalationStage next = nextStage(d).orElseThrow(() -> new DisagreementRefused("disagreement.refused.noNextStage"));
            d.escalate(next, note, user.userId(), now, today, calendar.addWorkingDays(today, next.getWorkingDays()));
            audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, id).withDetail("stage: " + stage + " -> " + next.getPosition()));
            events.publishEvent(new DisagreementEscalated(id, next.getPosition(), false));
        }
        disagreements.saveAndFlush(d);
    }

    @Transactional
    public void withdraw(long id, String reason, HubPrincipal user) {
        Disagreement d = permitted(id, user, "withdraw");
        if (d.getRaisedBy() != user.userId()) {
            audit.record(new AuditEvent(AuditAction.DENIED, RECORD, String.valueOf(id), AuditOutcome.DENIED, null,
                    "attempted withdraw: not the person who raised it"));
            throw Permissions.deniedAfterAudit();
        }
        d.withdraw(reason, user.userId(), clock.instant(), today());
        audit.record(AuditEvent.of(AuditAction.UPDATE, RECORD, id).withDetail("withdrawn at stage " + d.getCurrentStage()));
        disagreements.saveAndFlush(d);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Automatic escalation

    /**
     * Every open disagreement whose stage's time limit has passed (its due date is before today, in working days by
     * the clock) moves to the next stage with a new due date, or, at the last stage, is flagged to the business unit
     * once. Each case in its own transaction. Returns how many cases were escalated or flagged.
     */
    public int escalateOverdue() {
        LocalDate today = today();
        int changed = 0;
        for (long id : disagreements.openAndDueBefore(today)) {
            Boolean done = transactions.execute(status -> escalateOne(id, today));
            if (Boolean.TRUE.equals(done)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean escalateOne(long id, LocalDate today) {
        Disagreement d = disagreements.findById(id).orElse(null);
        if (d == null || !d.open() || !d.getCurrentDue().isBefore(today)) {
            return false;
        }
        Optional<EscalationStage> next = nextStage(d);
        int stage = d.getCurrentStage();
        if (next.isPresent()) {
            d.escalate(next.get(), null, null, clock.instant(), today, calendar.addWorkingDays(today, next.get().getWorkingDays()));
            disagreements.saveAndFlush(d);
            audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.UPDATE, RECORD, id)
                    .withDetail("escalated automatically, time limit passed: stage " + stage + " -> " + next.get().getPosition()));
            events.publishEvent(new DisagreementEscalated(id, next.get().getPosition(), true));
            return true;
        }
        if (d.markOverdueAlerted(clock.instant())) {
            disagreements.saveAndFlush(d);
            audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.UPDATE, RECORD, id)
                    .withDetail("final stage " + stage + " time limit passed: business unit alerted"));
            events.publishEvent(new FinalStageOverdue(id));
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Lists

    /** Raised by the person, or where they are a named lead, or (agency leads) involving their agency; newest first. */
    @Transactional
    public List<Disagreement> mine(HubPrincipal user) {
        List<Disagreement> list = disagreements.involving(user.userId(), user.hasRole(Role.AGENCY_LEAD) ? user.agencyId() : null);
        audit.record(AuditEvent.of(AuditAction.SEARCH, RECORD, null).withDetail("own disagreements: " + list.size()));
        return list;
    }

    /** How many open disagreements, and how many of them past their stage's limit: figures for the dashboard, no records shown. */
    public record Counts(long open, long overdue) {
    }

    @Transactional(readOnly = true)
    public Counts countsFor(HubPrincipal user) {
        List<Disagreement> list = user.hasRole(Role.BUSINESS_UNIT) ? disagreements.findAll()
                : disagreements.involving(user.userId(), user.hasRole(Role.AGENCY_LEAD) ? user.agencyId() : null);
        LocalDate today = today();
        return new Counts(list.stream().filter(Disagreement::open).count(),
                list.stream().filter(d -> d.open() && d.getCurrentDue().isBefore(today)).count());
    }

    public record Filter(Disagreement.Status status, Integer stage, Long agencyId, Theme theme) {
    }

    public record Page(List<Disagreement> items, int page, boolean hasNext) {
    }

    public static final int PAGE_SIZE = 25;

    /** Every disagreement for the business unit, filtered, newest first, a page at a time. */
    @Transactional
    public Page all(Filter filter, int page) {
        List<Disagreement> matching = disagreements.findAll(org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, "id")).stream()
                .filter(d -> filter.status() == null || d.getStatus() == filter.status())
                .filter(d -> filter.stage() == null || d.getCurrentStage() == filter.stage())
                .filter(d -> filter.agencyId() == null || d.getRaiserAgencyId() == filter.agencyId() || d.getOtherAgencyId() == filter.agencyId())
                .filter(d -> filter.theme() == null || d.getTheme() == filter.theme())
                .toList();
        int from = Math.min(page * PAGE_SIZE, matching.size());
        int to = Math.min(from + PAGE_SIZE, matching.size());
        audit.record(AuditEvent.of(AuditAction.SEARCH, RECORD, null).withDetail("all disagreements: " + filter));
        return new Page(matching.subList(from, to), page, to < matching.size());
    }

    /** Everything, for the report: read only, no child's reference is shown from it. */
    @Transactional(readOnly = true)
    public List<Disagreement> everything() {
        List<Disagreement> all = disagreements.findAll();
        all.forEach(d -> d.getSteps().size());
        return all.stream().sorted(Comparator.comparing(Disagreement::getId)).toList();
    }

    public String personName(Long id) {
        return id == null ? null : directory.person(id).map(Directory.Person::name).orElse(null);
    }

    public String agencyName(long id) {
        return directory.agencyName(id);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysUntil(from, to);
    }
}
