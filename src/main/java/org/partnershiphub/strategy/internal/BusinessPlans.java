package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.identity.Permissions;
import org.partnershiphub.shared.CurrentUser;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, their priorities and actions, agreed versions and progress updates. The business unit writes the plan; an
 * action's lead (the lead person, or the lead agency's safeguarding lead) and the business unit post updates. Every
 * change is in the audit trail.
 */
@Service
public class BusinessPlans {

    /** Who may be named as an action's lead person: those who can read the plan. */
    public static final Set<Role> LEAD_ROLES = Set.of(Role.BUSINESS_UNIT, Role.LEAD_PARTNER, Role.EXECUTIVE_MEMBER,
            Role.INDEPENDENT_SCRUTINEER, Role.SUBGROUP_MEMBER, Role.AGENCY_LEAD);

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanPriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PlanOutcomeRepository outcomes;
    private final PlanUpdateRepository updates;
    private final Directory directory;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    BusinessPlans(PlanRepository plans, PlanVersionRepository versions, PlanPriorityRepository priorities, PlanActionRepository actions,
                  PlanOutcomeRepository outcomes, PlanUpdateRepository updates, Directory directory, Permissions permissions, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.priorities = priorities;
        this.actions = actions;
        this.outcomes = outcomes;
        this.updates = updates;
        this.directory = directory;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Quarter currentQuarter() {
        return Quarter.of(today());
    }

    // ---- reading

    /**
     * A priority with all its actions, and the same actions as the plan groups them: those directly under the priority
     * (outcome null) first, then each outcome in order with its own, an outcome without actions included.
     */
    public record PriorityView(PlanPriority priority, List<PlanAction> actions, List<OutcomeGroup> groups) {

        public PriorityView(PlanPriority priority, List<PlanAction> actions) {
            this(priority, actions, List.of(new OutcomeGroup(null, actions)));
        }

        public boolean hasOutcomes() {
            return groups.stream().anyMatch(g -> g.outcome() != null);
        }

        /** The outcome an action sits under, or null. */
        public PlanOutcome outcomeOf(PlanAction action) {
            return groups.stream().filter(g -> g.outcome() != null && g.actions().contains(action)).map(OutcomeGroup::outcome)
                    .findFirst().orElse(null);
        }
    }

    public record OutcomeGroup(PlanOutcome outcome, List<PlanAction> actions) {
    }

    /** A plan as its document reads: priorities in order with their actions, then planned work, then versions. */
    public record PlanDocument(Plan plan, List<PriorityView> priorities, List<PlanAction> plannedWork, List<PlanVersion> versions) {
        public int actionCount() {
            return plannedWork.size() + priorities.stream().mapToInt(p -> p.actions().size()).sum();
        }
    }

    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return plans.findAllByOrderByFirstYearDescIdDesc();
    }

    @Transactional(readOnly = true)
    public Plan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan"));
    }

    /** The plan people mean when they say "the plan": the newest agreed one covering today, else the newest. */
    @Transactional(readOnly = true)
    public Optional<Plan> currentPlan() {
        List<Plan> all = plans();
        int year = currentQuarter().financialYear();
        return all.stream().filter(p -> p.getStatus() == Plan.Status.AGREED && p.getFirstYear() <= year && year < p.getLastYear())
                .findFirst().or(() -> all.stream().findFirst());
    }

    @Transactional(readOnly = true)
    public PlanDocument document(long planId) {
        Plan plan = plan(planId);
        List<PlanPriority> ordered = priorities.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, List<PlanAction>> byPriority = new LinkedHashMap<>();
        ordered.forEach(p -> byPriority.put(p.getId(), new ArrayList<>()));
        List<PlanAction> plannedWork = new ArrayList<>();
        for (PlanAction action : actions.findByPlanIdOrderByPositionAscIdAsc(planId)) {
            if (action.getPriorityId() == null || !byPriority.containsKey(action.getPriorityId())) {
                plannedWork.add(action);
            } else {
                byPriority.get(action.getPriorityId()).add(action);
            }
        }
        Map<Long, List<PlanOutcome>> outcomesByPriority = new LinkedHashMap<>();
        outcomes.findByPlanIdOrderByPositionAscIdAsc(planId)
                .forEach(o -> outcomesByPriority.computeIfAbsent(o.getPriorityId(), k -> new ArrayList<>()).add(o));
        List<PriorityView> views = ordered.stream().map(p -> view(p, byPriority.get(p.getId()),
                outcomesByPriority.getOrDefault(p.getId(), List.of()))).toList();
        return new PlanDocument(plan, views, plannedWork, versions.findByPlanIdOrderByIdDesc(planId));
    }

    private static PriorityView view(PlanPriority priority, List<PlanAction> actions, List<PlanOutcome> outcomes) {
        Map<Long, List<PlanAction>> byOutcome = new LinkedHashMap<>();
        outcomes.forEach(o -> byOutcome.put(o.getId(), new ArrayList<>()));
        List<PlanAction> direct = new ArrayList<>();
        for (PlanAction action : actions) {
            List<PlanAction> under = action.getOutcomeId() == null ? null : byOutcome.get(action.getOutcomeId());
            (under == null ? direct : under).add(action);
        }
        List<OutcomeGroup> groups = new ArrayList<>();
        if (!direct.isEmpty() || outcomes.isEmpty()) {
            groups.add(new OutcomeGroup(null, direct));
        }
        outcomes.forEach(o -> groups.add(new OutcomeGroup(o, byOutcome.get(o.getId()))));
        List<PlanAction> ordered = new ArrayList<>();
        groups.forEach(g -> ordered.addAll(g.actions()));
        return new PriorityView(priority, ordered, groups);
    }

    @Transactional(readOnly = true)
    public List<PlanOutcome> outcomes(long planId) {
        return outcomes.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    public PlanOutcome outcome(long planId, long outcomeId) {
        return outcomes.findById(outcomeId).filter(o -> o.getPlanId() == planId).orElseThrow(() -> new NotFoundException("outcome"));
    }

    @Transactional(readOnly = true)
    public List<PlanPriority> priorities(long planId) {
        return priorities.findByPlanIdOrderByPositionAscIdAsc(planId);
    }

    @Transactional(readOnly = true)
    public PlanPriority priority(long planId, long priorityId) {
        return priorities.findById(priorityId).filter(p -> p.getPlanId() == planId).orElseThrow(() -> new NotFoundException("priority"));
    }

    @Transactional(readOnly = true)
    public PlanAction action(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("action"));
    }

    @Transactional(readOnly = true)
    public List<PlanUpdate> updates(long actionId) {
        return updates.findByActionIdOrderByPostedAtDescIdDesc(actionId);
    }

    /** Whether the signed-in person may post updates to this action (no audit: used to decide what to show). */
    public boolean mayUpdate(PlanAction action) {
        return CurrentUser.find().map(u -> permissions.allows(u, Permissions.Access.CHANGE, action)).orElse(false);
    }

    /** The actions a person leads, in pages. */
    @Transactional(readOnly = true)
    public List<PlanAction> ledBy(long personId, Long afterId, int limit) {
        return actions.ledBy(personId, afterId, org.springframework.data.domain.Limit.of(limit));
    }

    /** How many unfinished actions a person leads, and how many of those have had no update this quarter. */
    @Transactional(readOnly = true)
    public long[] ledCounts(long personId) {
        return new long[] {actions.countLedOpen(personId), actions.countLedNeedingUpdate(personId, currentQuarter().key())};
    }

    /** People who may be named as an action's lead person, by name. */
    public List<Directory.Contact> possibleLeads() {
        Map<Long, Directory.Contact> people = new LinkedHashMap<>();
        for (Role role : LEAD_ROLES) {
            directory.activeWithRole(role, null).forEach(c -> people.putIfAbsent(c.id(), c));
        }
        return people.values().stream().sorted(Comparator.comparing(Directory.Contact::name)).toList();
    }

    public boolean isPossibleLead(Long personId) {
        return personId == null || possibleLeads().stream().anyMatch(c -> c.id() == personId);
    }

    // ---- writing (business unit: routes are limited to it; the service states who acts in the audit trail)

    public record PlanDetails(String title, int firstYear, int lastYear, String introduction) {
    }

    @Transactional
    public Plan createPlan(PlanDetails details) {
        Plan plan = plans.save(new Plan(details.title(), details.firstYear(), details.lastYear(), blankToNull(details.introduction()),
                clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "Plan", plan.getId()).withDetail(plan.period()));
        return plan;
    }

    @Transactional
    public void editPlan(long planId, PlanDetails details) {
        Plan plan = plan(planId);
        plan.edit(details.title(), details.firstYear(), details.lastYear(), blankToNull(details.introduction()));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Plan", planId));
    }

    /** Agrees the plan as it stands as the next version (1.0, then 1.1, 1.2...) with what changed. */
    @Transactional
    public PlanVersion agree(long planId, String whatChanged) {
        Plan plan = plan(planId);
        String label = plan.nextVersionLabel();
        plan.agree(label);
        PlanVersion version = versions.save(new PlanVersion(planId, label, whatChanged, CurrentUser.require().userId(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Plan", planId).withDetail("agreed version " + label));
        return version;
    }

    public record PriorityDetails(String code, String title, String statement, String commitment, String partnershipLead,
                                  String boardOfficer, String deliveryMechanism) {
    }

    public boolean codeTaken(long planId, String code, Long exceptPriorityId) {
        return priorities.findByPlanIdAndCodeIgnoreCase(planId, code.trim())
                .filter(p -> !p.getId().equals(exceptPriorityId)).isPresent();
    }

    @Transactional
    public PlanPriority addPriority(long planId, PriorityDetails details) {
        plan(planId);
        PlanPriority priority = new PlanPriority(planId, (int) priorities.countByPlanId(planId) + 1);
        describe(priority, details);
        priority = priorities.save(priority);
        audit.record(AuditEvent.of(AuditAction.CREATE, "PlanPriority", priority.getId()).withDetail(priority.getCode()));
        return priority;
    }

    @Transactional
    public void editPriority(long planId, long priorityId, PriorityDetails details) {
        PlanPriority priority = priority(planId, priorityId);
        describe(priority, details);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PlanPriority", priorityId));
    }

    private static void describe(PlanPriority priority, PriorityDetails d) {
        priority.describe(d.code().trim(), d.title().trim(), blankToNull(d.statement()), blankToNull(d.commitment()),
                blankToNull(d.partnershipLead()), blankToNull(d.boardOfficer()), blankToNull(d.deliveryMechanism()));
    }

    public record ActionDetails(Long priorityId, String title, Long leadPersonId, Long leadAgencyId, String leadDescription,
                                String deliveryMechanism, Timescale timescale, String successMeasure, String sourceType,
                                String sourceReference) {

        /** The same details under another priority (an import sets the priority it adds once it is saved). */
        public ActionDetails underPriority(Long priority) {
            return new ActionDetails(priority, title, leadPersonId, leadAgencyId, leadDescription, deliveryMechanism, timescale,
                    successMeasure, sourceType, sourceReference);
        }
    }

    @Transactional
    public PlanAction addAction(long planId, ActionDetails details) {
        plan(planId);
        checkPriority(planId, details.priorityId());
        PlanAction action = new PlanAction(planId, details.priorityId(), actions.lastPosition(planId) + 1, clock.instant());
        describe(action, details);
        action = actions.save(action);
        audit.record(AuditEvent.of(AuditAction.CREATE, "PlanAction", action.getId()).withDetail("plan " + planId));
        return action;
    }

    /** As above, under one of the priority's outcomes (null: directly under the priority). */
    @Transactional
    public PlanAction addAction(long planId, ActionDetails details, Long outcomeId) {
        PlanAction action = addAction(planId, details);
        if (outcomeId != null) {
            action.groupUnder(outcome(planId, outcomeId));
        }
        return action;
    }

    /**
     * Adds an outcome under a priority, after its others.
     *
     * @throws IllegalArgumentException naming the field "title" when it is blank or longer than {@link PlanOutcome#MAX_TITLE}
     */
    @Transactional
    public PlanOutcome addOutcome(long planId, long priorityId, String title) {
        priority(planId, priorityId);
        PlanOutcome outcome = outcomes.save(new PlanOutcome(planId, priorityId, title, (int) outcomes.countByPriorityId(priorityId) + 1));
        audit.record(AuditEvent.of(AuditAction.CREATE, "PlanOutcome", outcome.getId()).withDetail("priority " + priorityId));
        return outcome;
    }

    /** Rewords an outcome; refused as above. */
    @Transactional
    public void renameOutcome(long planId, long outcomeId, String title) {
        outcome(planId, outcomeId).rename(title);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PlanOutcome", outcomeId));
    }

    /** Puts an action of the plan under an outcome of its priority, or (null) directly under the priority. */
    @Transactional
    public void groupAction(long actionId, Long outcomeId) {
        PlanAction action = action(actionId);
        if (action.getPlanId() == null) {
            throw new IllegalArgumentException("outcome");
        }
        action.groupUnder(outcomeId == null ? null : outcome(action.getPlanId(), outcomeId));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PlanAction", actionId).withDetail("outcome " + outcomeId));
    }

    /** As below, and puts the action under one of its priority's outcomes (null: directly under the priority). */
    @Transactional
    public void editAction(long actionId, Long planId, ActionDetails details, Long outcomeId) {
        editAction(actionId, planId, details);
        PlanAction action = action(actionId);
        action.groupUnder(outcomeId == null ? null : outcome(action.getPlanId(), outcomeId));
    }

    @Transactional
    public void editAction(long actionId, Long planId, ActionDetails details) {
        PlanAction action = action(actionId);
        if (action.getPlanId() == null && planId != null) { // a proposed action being placed in a plan
            plan(planId);
            action.placeIn(planId, actions.lastPosition(planId) + 1);
        }
        if (action.getPlanId() != null) {
            checkPriority(action.getPlanId(), details.priorityId());
        }
        describe(action, details);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PlanAction", actionId));
    }

    private void checkPriority(long planId, Long priorityId) {
        if (priorityId != null) {
            priority(planId, priorityId);
        }
    }

    private static void describe(PlanAction action, ActionDetails d) {
        action.describe(d.priorityId(), d.title().trim(), d.leadPersonId(), d.leadAgencyId(), blankToNull(d.leadDescription()),
                blankToNull(d.deliveryMechanism()), d.timescale(), blankToNull(d.successMeasure()), blankToNull(d.sourceType()),
                blankToNull(d.sourceReference()));
    }

    /**
     * A progress update by the action's lead or the business unit: anyone else is refused and the attempt audited.
     * Returns the update so evidence files can be stored against it.
     */
    @Transactional
    public PlanUpdate postUpdate(long actionId, ActionStatus status, String commentary, String evidenceLink) {
        return postUpdate(actionId, status, commentary, evidenceLink, null);
    }

    /** The quarters an update of this action can report on: those of its plan's period that have begun, newest first. */
    public List<Quarter> reportableQuarters(PlanAction action) {
        if (action.getPlanId() == null) {
            return List.of(currentQuarter());
        }
        Plan plan = plan(action.getPlanId());
        return Quarter.reportable(plan.getFirstYear(), plan.getLastYear(), today());
    }

    /**
     * As above, for the quarter the person picked (null: the current one).
     *
     * @throws IllegalArgumentException naming the field when the quarter is outside the plan's period or still to come
     */
    @Transactional
    public PlanUpdate postUpdate(long actionId, ActionStatus status, String commentary, String evidenceLink, String quarterKey) {
        PlanAction action = action(actionId);
        permissions.check(Permissions.Access.CHANGE, action);
        Quarter quarter = quarterKey == null || quarterKey.isBlank() ? currentQuarter()
                : Quarter.ofKey(quarterKey).filter(reportableQuarters(action)::contains)
                        .orElseThrow(() -> new IllegalArgumentException("quarter"));
        var now = clock.instant();
        PlanUpdate update = new PlanUpdate(actionId, status, commentary.trim(), blankToNull(evidenceLink), CurrentUser.require().userId(), now);
        update.reportsOn(quarter);
        update = updates.save(update);
        action.report(status, now, Quarter.of(today()));
        audit.record(AuditEvent.of(AuditAction.CREATE, "PlanUpdate", update.getId()).withDetail("action " + actionId + " " + status
                + " for " + quarter.label()));
        return update;
    }

    /** A lead as a plan wrote it ("Police", "LA Children Missing education leads") with no agency named, and how many actions it leads. */
    public record LeadWords(String words, int actions) {
    }

    /** The leads written only as words in a plan's actions (no agency), most actions first. */
    @Transactional(readOnly = true)
    public List<LeadWords> leadsWithoutAgency(long planId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlanAction action : actions.findByPlanIdOrderByPositionAscIdAsc(planId)) {
            if (action.getLeadAgencyId() == null && action.getLeadDescription() != null) {
                counts.merge(action.getLeadDescription(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new LeadWords(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(LeadWords::actions).reversed().thenComparing(LeadWords::words)).toList();
    }

    /**
     * Names the agency for every action of the plan whose lead is written as these words and has no agency yet, so that
     * agency's safeguarding lead can post their updates; the words stay as the plan wrote them. Returns how many actions
     * changed; each change is audited.
     *
     * @throws IllegalArgumentException naming "agency" when an agency is not in the directory
     */
    @Transactional
    public int linkLeads(long planId, Map<String, Long> agencyByWords) {
        plan(planId);
        agencyByWords.values().forEach(agencyId -> directory.agency(agencyId).orElseThrow(() -> new IllegalArgumentException("agency")));
        int changed = 0;
        for (PlanAction action : actions.findByPlanIdOrderByPositionAscIdAsc(planId)) {
            Long agencyId = action.getLeadDescription() == null ? null : agencyByWords.get(action.getLeadDescription());
            if (agencyId != null && action.getLeadAgencyId() == null) {
                action.ledByAgency(agencyId);
                audit.record(AuditEvent.of(AuditAction.UPDATE, "PlanAction", action.getId())
                        .withDetail("lead agency " + agencyId + " for lead \"" + action.getLeadDescription() + "\""));
                changed++;
            }
        }
        return changed;
    }

    /** Evidence is not restricted, but downloads of files are recorded like any export. */
    public void recordEvidenceDownload(long actionId, long fileId) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, "PlanEvidence", fileId).withDetail("action " + actionId));
    }

    public void recordExport(long planId, String format) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, "Plan", planId).withDetail(format));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
