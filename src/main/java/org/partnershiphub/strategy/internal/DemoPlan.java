package org.partnershiphub.strategy.internal;

import org.partnershiphub.shared.Quarter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditActor;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, gives the fictional Northshire partnership an agreed business plan for the current financial year,
 * shaped like a real one: three priorities with actions, planned work, and a few progress updates.
 */
@Component
@Order(10)
class DemoPlan implements ApplicationRunner {

    private final HubProperties hub;
    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanPriorityRepository priorities;
    private final PlanActionRepository actions;
    private final PlanUpdateRepository updates;
    private final Directory directory;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPlan(HubProperties hub, PlanRepository plans, PlanVersionRepository versions, PlanPriorityRepository priorities,
             PlanActionRepository actions, PlanUpdateRepository updates, Directory directory, AuditTrail audit,
             TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.plans = plans;
        this.versions = versions;
        this.priorities = priorities;
        this.actions = actions;
        this.updates = updates;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private Long firstWithRole(Role role) {
        return directory.activeWithRole(role, null).stream().map(Directory.Contact::id).findFirst().orElse(null);
    }

    private void seed() {
        Long businessUnit = firstWithRole(Role.BUSINESS_UNIT);
        if (plans.count() > 0 || businessUnit == null) {
            return;
        }
        Long agencyLead = firstWithRole(Role.AGENCY_LEAD);
        Long subgroupChair = firstWithRole(Role.SUBGROUP_MEMBER);
        Long police = directory.agencies().stream().filter(a -> a.name().contains("Police")).map(Directory.Agency::id).findFirst().orElse(null);
        Instant now = clock.instant();
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        int year = quarter.financialYear();
        String period = year + "-" + String.format("%02d", (year + 1) % 100);
        Plan plan = plans.save(new Plan("Business plan " + period, year, year + 1,
                "The Executive chose these priorities after reviewing progress on last year's plan, learning from reviews, inspection "
                        + "findings and a Takeover event with young people.", now));
        PlanPriority da = priority(plan, 1, "P1", "Domestic abuse: children as victims",
                "Children living with domestic abuse are seen as victims in their own right by every agency.",
                "Assure itself that agencies respond to domestic abuse in a way that keeps children safe.", "Independent Chair", "Business Manager");
        PlanPriority fh = priority(plan, 2, "P2", "Safeguarding through Family Help",
                "Families get help early, from the right service, before problems escalate.",
                "Oversee the move to Family Help and check that thresholds are understood.", "Director of Children's Services", "Business Manager");
        PlanPriority teens = priority(plan, 3, "P3", "Safeguarding teenagers: serious youth violence and exploitation",
                "Teenagers at risk of exploitation outside the home are identified and protected.",
                "Develop a contextual safeguarding response with partners.", "Detective Chief Superintendent", "Business Manager");
        int position = 0;
        PlanAction audit1 = action(plan, da.getId(), ++position, "Complete a multi-agency file audit of domestic abuse cases affecting children",
                subgroupChair, null, "Quality Assurance and Performance Subgroup", "Q3 " + period, "Audit report and action plan presented to the Executive");
        action(plan, da.getId(), ++position, "Receive assurance reports on information sharing in domestic abuse cases", null, police,
                "Chair of the Domestic Abuse Executive", "Quarterly", "Four assurance reports considered by the Executive");
        PlanAction pathway = action(plan, fh.getId(), ++position, "Publish revised thresholds for access to Family Help services", agencyLead, null,
                "Pathways task and finish group", "31/03/" + (year + 1), "Thresholds published and briefings delivered to every agency");
        action(plan, teens.getId(), ++position, "Undertake a training needs analysis on serious youth violence", null, null,
                "Learning and Development Subgroup", "Sept " + year, "Analysis reported and training commissioned");
        action(plan, null, ++position, "Publish the multi-agency safeguarding arrangements", businessUnit, null, null, "31/12/" + year,
                "Arrangements published on the partnership website");
        action(plan, null, ++position, "Undertake a Partnership Health Check self-assessment", businessUnit, null, null, "Q4 " + period,
                "Self-assessment completed and improvement actions agreed");
        plan.agree("1.0");
        versions.save(new PlanVersion(plan.getId(), "1.0", "Agreed by the Safeguarding Children Executive", businessUnit, now));
        if (subgroupChair != null) {
            update(audit1, ActionStatus.AMBER, "Audit tool agreed; cases selected. Two agencies have not yet returned their audits.", subgroupChair,
                    now, quarter);
        }
        if (agencyLead != null) {
            update(pathway, ActionStatus.GREEN, "Draft thresholds shared for consultation with schools and health.", agencyLead, now, quarter);
        }
        audit.record(AuditActor.SYSTEM, AuditEvent.of(AuditAction.CREATE, "Plan", plan.getId()).withDetail("demo business plan"));
    }

    private PlanPriority priority(Plan plan, int position, String code, String title, String statement, String commitment, String lead,
                                  String officer) {
        PlanPriority priority = new PlanPriority(plan.getId(), position);
        priority.describe(code, title, statement, commitment, lead, officer, null);
        return priorities.save(priority);
    }

    private PlanAction action(Plan plan, Long priorityId, int position, String title, Long leadPerson, Long leadAgency, String leadRole,
                              String timescale, String measure) {
        PlanAction action = new PlanAction(plan.getId(), priorityId, position, clock.instant());
        action.describe(priorityId, title, leadPerson, leadAgency, leadRole, null, Timescale.parse(timescale).orElseThrow(), measure, null, null);
        return actions.save(action);
    }

    private void update(PlanAction action, ActionStatus status, String commentary, long by, Instant at, Quarter quarter) {
        updates.save(new PlanUpdate(action.getId(), status, commentary, null, by, at));
        action.report(status, at, quarter);
    }
}
