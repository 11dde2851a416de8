package org.partnershiphub.disagreements.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.partnershiphub.calendar.WorkingDayCalendar;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, Northshire's escalation policy (four stages, from practitioner to practitioner up to the partnership
 * business manager) and one open disagreement between a school and children's social care.
 */
@Component
@Order(12)
class DemoDisagreements implements ApplicationRunner {

    private final HubProperties hub;
    private final StageRepository stages;
    private final DisagreementRepository disagreements;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDisagreements(HubProperties hub, StageRepository stages, DisagreementRepository disagreements, Directory directory,
                      WorkingDayCalendar calendar, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.stages = stages;
        this.disagreements = disagreements;
        this.directory = directory;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private Long person(String name) {
        return directory.usablePeople().stream().filter(p -> p.name().equals(name)).map(Directory.Person::id).findFirst().orElse(null);
    }

    private Long agency(String name) {
        return directory.agencies().stream().filter(a -> a.name().equals(name)).map(Directory.Agency::id).findFirst().orElse(null);
    }

    private void seed() {
        if (stages.count() > 0) {
            return;
        }
        EscalationStage first = stages.save(new EscalationStage(1, "Stage 1: practitioner to practitioner", 2, null,
                "Talk to the practitioner in the other agency, explain your concern and agree what happens next. Record the conversation."));
        stages.save(new EscalationStage(2, "Stage 2: team managers", 3, person("Imogen Hartsfield"),
                "Your manager discusses the disagreement with their counterpart in the other agency."));
        stages.save(new EscalationStage(3, "Stage 3: designated safeguarding leads and heads of service", 5, person("Callum Brightwater"),
                "The agencies' designated safeguarding leads or heads of service meet, usually within the week."));
        stages.save(new EscalationStage(4, "Stage 4: partnership business manager", 5, person("Tamsin Oakridge"),
                "The partnership business manager convenes the senior leads; unresolved cases go to the Executive."));
        Long raiser = person("Fern Maddocks");
        Long school = agency("Riverside Academy Trust");
        Long council = agency("Northshire County Council");
        if (raiser != null && school != null && council != null) {
            LocalDate today = LocalDate.now(clock.withZone(Disagreements.LONDON));
            disagreements.save(new Disagreement(raiser, school, council, "Child R", Theme.CLOSURE_OR_STEP_DOWN,
                    "Children's social care plan to close the case and step down to early help, but the school still sees signs of neglect: "
                            + "poor attendance, hunger and missed health appointments.",
                    "A multi-agency meeting before the case closes, and a review of the step-down decision.", first, clock.instant(), today,
                    calendar.addWorkingDays(today, first.getWorkingDays())));
        }
    }
}
