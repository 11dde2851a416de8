package org.partnershiphub.selfassessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, two self-assessment cycles shaped like a real partnership's: last year's, with every agency's return
 * moderated, and this year's, due in three weeks, with returns carried forward from last year, one submitted, one
 * moderated and the rest in progress. All names are fictional.
 */
@Component
@Order(15)
class DemoSelfAssessment implements ApplicationRunner {

    private final HubProperties hub;
    private final CycleRepository cycles;
    private final ReturnRepository returns;
    private final AnswerRepository answers;
    private final StandardRepository standards;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSelfAssessment(HubProperties hub, CycleRepository cycles, ReturnRepository returns, AnswerRepository answers,
                       StandardRepository standards, Directory directory, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.cycles = cycles;
        this.returns = returns;
        this.answers = answers;
        this.standards = standards;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (hub.demoData()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    /** The ratings an agency gave last year, standard by standard (R, A or G), by agency name. */
    private static final Map<String, String> LAST_YEAR = Map.of(
            "Northshire County Council", "GGAGGGGA",
            "Northshire Police", "GAGAAGGR",
            "NHS Northshire Integrated Care Board", "GGGAGGGG",
            "Northshire Community Health NHS Trust", "GGAAAGGA",
            "Probation Service, Northshire", "GAGRAGAA",
            "Riverside Academy Trust", "GGGAGAAGA",
            "Northshire Youth and Family Charity", "AGAAGGAG");

    private void seed() {
        if (cycles.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id).findFirst().orElse(null);
        if (bu == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Cycle last = cycles.save(new Cycle("Section 11 and Section 175 audit " + (today.getYear() - 1), today.minusMonths(14), today.minusMonths(11), bu, now));
        Cycle current = cycles.save(new Cycle("Section 11 and Section 175 audit " + today.getYear(), today.minusMonths(2), today.plusWeeks(3), bu, now));
        for (Directory.Agency agency : directory.agencies()) {
            Optional<Framework> framework = Framework.forAgency(agency.type());
            String ratings = LAST_YEAR.get(agency.name());
            if (framework.isEmpty() || ratings == null) {
                continue;
            }
            List<Standard> list = standards.findByFrameworkAndActiveTrueOrderByPositionAscIdAsc(framework.get());
            AgencyReturn before = returns.save(new AgencyReturn(last.getId(), agency.id(), framework.get(), null));
            for (int i = 0; i < list.size() && i < ratings.length(); i++) {
                Rating rating = switch (ratings.charAt(i)) {
                    case 'R' -> Rating.RED;
                    case 'A' -> Rating.AMBER;
                    default -> Rating.GREEN;
                };
                Answer a = new Answer(before.getId(), list.get(i).getId());
                a.answer(new Answer.Typed(rating, narrative(list.get(i), rating), "Policy, training records and audit findings held by the agency.",
                        rating.belowGreen() ? "Review and relaunch our arrangements for " + lower(list.get(i).getTitle()) : null,
                        rating.belowGreen() ? "Head of Safeguarding" : null, rating.belowGreen() ? today.minusMonths(2) : null,
                        rating == Rating.AMBER && i % 2 == 0), bu, now);
                a.moderate(rating == Rating.GREEN && i == 7 ? Rating.AMBER : rating,
                        rating == Rating.GREEN && i == 7 ? "The evidence shows information sharing agreed but not yet audited." : null, false);
                answers.save(a);
            }
            before.submit(bu, now, false, new AgencyReturn.SignOff("Alex Marlowe", "Director", framework.get() == Framework.SECTION_175 ? "Sam Ellery" : null,
                    last.getDueOn().minusDays(3)));
            before.moderated(bu, now);

            AgencyReturn fresh = returns.save(new AgencyReturn(current.getId(), agency.id(), framework.get(), before.getId()));
            for (Answer previous : answers.findByReturnId(before.getId())) {
                Answer a = new Answer(fresh.getId(), previous.getStandardId());
                a.carryFrom(previous);
                answers.save(a);
            }
            if (agency.name().equals("Northshire Police") || agency.name().equals("Northshire County Council")) {
                fresh.submit(bu, now, false, new AgencyReturn.SignOff("Jordan Keswick", "Assistant Director", null, today.minusDays(5)));
                if (agency.name().equals("Northshire County Council")) {
                    answers.findByReturnId(fresh.getId()).forEach(a -> a.moderate(a.getRating(), null, false));
                    fresh.moderated(bu, now);
                }
            }
        }
    }

    private static String narrative(Standard standard, Rating rating) {
        return switch (rating) {
            case GREEN -> "Arrangements for " + lower(standard.getTitle()) + " are in place, known to staff and checked by audit.";
            case AMBER -> "Arrangements are in place but not yet consistent across every team.";
            case RED -> "Arrangements are not yet in place; the action below sets out how we will put them in place.";
        };
    }

    private static String lower(String title) {
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
