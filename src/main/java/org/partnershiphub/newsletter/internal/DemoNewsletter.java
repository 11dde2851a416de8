package org.partnershiphub.newsletter.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fictional Northshire partnership's newsletter: last month's practitioner briefing published (shaped like the seed
 * briefings: a survey with a deadline, a national report's key messages, new guidance, training dates), this month's
 * being written. No subscribers: the demo has no mail server.
 */
@Component
@Order(19)
class DemoNewsletter implements ApplicationRunner {

    private final HubProperties hub;
    private final IssueRepository issues;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoNewsletter(HubProperties hub, IssueRepository issues, Directory directory, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.issues = issues;
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

    private void seed() {
        if (issues.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals("Tamsin Oakridge")).map(Directory.Person::id).findFirst().orElse(null);
        if (bu == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
        Issue last = new Issue("Practitioner briefing: " + today.minusMonths(1).format(month),
                "Have your say on multi-agency working, what the national review of child deaths says for us, and training with places left.",
                Audience.PRACTITIONERS, bu, now);
        last.addSection("Have your say: the multi-agency practice survey",
                "Tell us what helps and what gets in the way when you work with other agencies. The survey takes ten minutes and closes on "
                        + today.plusDays(10).format(DateTimeFormatter.ofPattern("d MMMM", Locale.UK)) + ".\n\nYour answers are anonymous.", null, null, now);
        last.addSection("Key messages from a national review",
                "The national panel's latest review found that professionals too often accept what parents say without checking. "
                        + "Stay curious: ask to see the child, and record what you saw as well as what you were told.\n\n"
                        + "Read the summary at https://www.gov.uk/government/organisations/child-safeguarding-practice-review-panel", null, null, now);
        last.addSection("Training with places left",
                "Neglect: recognising and responding, and Professional curiosity in practice, both have places this month. Book on the training calendar.",
                null, null, now);
        last.publish(today.minusMonths(1).withDayOfMonth(1), now);
        issues.save(last);

        Issue next = new Issue("Practitioner briefing: " + today.format(month), null, Audience.PRACTITIONERS, bu, now);
        next.addSection("Dates for the diary", "Safeguarding Adolescents Week runs from the first Monday of next month.", null, null, now);
        issues.save(next);
    }
}
