package org.partnershiphub.challenges.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a challenge log for the fictional Northshire partnership: challenges raised at the Executive, at a
 * subgroup and at a Section 11 challenge event, one of them overdue, one answered, two closed (one escalated).
 */
@Component
@Order(13)
class DemoChallenges implements ApplicationRunner {

    private final HubProperties hub;
    private final ChallengeLog log;
    private final ChallengeLogEntryRepository entries;
    private final Directory directory;
    private final TransactionTemplate transactions;

    DemoChallenges(HubProperties hub, ChallengeLog log, ChallengeLogEntryRepository entries, Directory directory,
                   TransactionTemplate transactions) {
        this.hub = hub;
        this.log = log;
        this.entries = entries;
        this.directory = directory;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        if (entries.count() > 0) {
            return;
        }
        LocalDate today = log.today();
        Long executive = group("Safeguarding Children Executive");
        Long qualityAssurance = group("Quality Assurance and Performance Subgroup");
        Long scrutineer = person("Rosalind Quarrie");
        Long businessManager = person("Tamsin Oakridge");
        Long qaChair = person("Imogen Hartsfield");
        Long leadPartner = person("Harriet Pembleton");
        Long partnership = agency("Northshire Safeguarding Children Partnership");
        Long council = agency("Northshire County Council");

        log.record(new ChallengeLog.Details(today.minusWeeks(6), scrutineer, partnership, agency("Northshire Police"), null, executive, null,
                "Police attendance at initial child protection conferences fell to 64% in the last quarter. What is being done to "
                        + "make sure an officer attends, or sends a report, for every conference?", today.minusWeeks(2), null));

        ChallengeLogEntry section11 = log.record(new ChallengeLog.Details(today.minusWeeks(5), businessManager, partnership,
                agency("Riverside Academy Trust"), null, null, "Section 11 challenge event",
                "The Section 11 self-assessment rates safeguarding training as green, but gives no evidence that lunchtime and "
                        + "after-school staff have had refresher training.", today.minusWeeks(1), null));
        section11.progress(new ChallengeLog.Progress("Refresher training for all support staff has been booked for the first week of "
                + "next term; the training record will be sent to the business unit.", today.minusWeeks(1).minusDays(2),
                ChallengeStatus.RESPONSE_RECEIVED, null, null), null, today, section11.getCreatedAt());

        ChallengeLogEntry strategy = log.record(new ChallengeLog.Details(today.minusMonths(4), qaChair, council,
                agency("Northshire Community Health NHS Trust"), null, qualityAssurance, null,
                "Health visitors were invited to only a third of strategy discussions about children under one in the multi-agency "
                        + "audit.", today.minusMonths(3), null));
        strategy.progress(new ChallengeLog.Progress("The trust agreed with children's social care that the duty health visitor "
                + "is invited to every strategy discussion about a child under one.", today.minusMonths(3).plusDays(3),
                ChallengeStatus.CLOSED_RESOLVED, "Invitation process changed and checked in the re-audit.",
                "In the re-audit health visitors took part in 9 of 10 strategy discussions about babies, and shared information "
                        + "about home conditions that changed two plans."), null, today.minusMonths(1), strategy.getCreatedAt());

        ChallengeLogEntry returnInterviews = log.record(new ChallengeLog.Details(today.minusMonths(5), leadPartner, council, council, null,
                executive, null, "Only 48% of children returning from a missing episode were offered a return interview within 72 hours.",
                today.minusMonths(4), null));
        returnInterviews.progress(new ChallengeLog.Progress("Capacity in the return interview service is being reviewed.",
                today.minusMonths(4).plusDays(5), ChallengeStatus.CLOSED_ESCALATED,
                "The response gave no timescale; escalated to the lead safeguarding partners' meeting.",
                "A recovery plan with monthly reporting to the Executive was agreed."), null, today.minusWeeks(8),
                returnInterviews.getCreatedAt());

        log.record(new ChallengeLog.Details(today.minusDays(3), businessManager, partnership, agency("Northshire Youth and Family Charity"),
                null, qualityAssurance, null, "The charity's volunteers are not recorded as having had a DBS check renewal since 2022.",
                today.plusWeeks(2), null));
    }

    private Long group(String name) {
        return directory.groups().stream().filter(g -> g.name().equals(name)).map(Directory.Group::id).findFirst().orElse(null);
    }

    private Long person(String name) {
        return directory.usablePeople().stream().filter(p -> p.name().equals(name)).map(Directory.Person::id).findFirst().orElse(null);
    }

    private Long agency(String name) {
        Optional<Directory.Agency> found = directory.agencies().stream().filter(a -> a.name().equals(name)).findFirst();
        return found.map(Directory.Agency::id).orElseThrow(() -> new IllegalStateException("no demo agency " + name));
    }
}
