package org.partnershiphub.site.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.web.HubProperties;
import org.partnershiphub.site.PublishedPages.Section;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The fictional Northshire partnership's public pages: its arrangements, two news items, a learning brief and a draft. */
@Component
@Order(19)
class DemoSite implements ApplicationRunner {

    private static final String BU_NAME = "Tamsin Oakridge";

    private final HubProperties hub;
    private final SitePageRepository pages;
    private final SitePageRevisionRepository revisions;
    private final SitePageChangeRepository changes;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSite(HubProperties hub, SitePageRepository pages, SitePageRevisionRepository revisions, SitePageChangeRepository changes,
             Directory directory, TransactionTemplate transactions, Clock clock) {
        this.hub = hub;
        this.pages = pages;
        this.revisions = revisions;
        this.changes = changes;
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
        if (pages.count() > 0) {
            return;
        }
        Long bu = directory.usablePeople().stream().filter(p -> p.name().equals(BU_NAME)).map(Directory.Person::id).findFirst().orElse(null);
        if (bu == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SitePages.LONDON));
        add(bu, Section.ARRANGEMENTS, "northshire-safeguarding-arrangements", new SitePage.Content("Northshire's multi-agency safeguarding arrangements",
                "How Northshire County Council, Northshire Police and the Northshire integrated care board keep children safe together.", """
                ## Who leads the partnership

                The three lead safeguarding partners share the duty equally:

                - Northshire County Council, through its Director of Children's Services
                - Northshire Police, through an Assistant Chief Constable
                - NHS Northshire Integrated Care Board, through its Chief Nurse

                They have appointed an independent scrutineer who challenges the partnership on how well it works.

                ## Relevant agencies

                Schools and colleges, early years settings, health providers, probation, youth justice, housing and the
                voluntary, community and faith sector are named as relevant agencies and take part in the partnership's work.

                ## How we learn

                > Every serious incident is considered at a rapid review within 15 working days of notification.

                Read our [learning briefs](/learning-briefs) and [published practice reviews](/published-reviews), and the
                [yearly report](/yearly-reports) of what the partnership has done.
                """), today.minusMonths(7), true);
        add(bu, Section.NEWS, "safer-sleep-campaign", new SitePage.Content("Safer sleep campaign this winter",
                "Health visitors and midwives will talk to every family with a new baby about safe sleep.", """
                Following the partnership's review of sudden unexpected infant deaths, health visitors and midwives across
                Northshire will talk to every family about safer sleep, especially when routines change over the holidays.

                Practitioners can find the resources at https://www.example.org/safer-sleep and book the briefing on the
                [training calendar](/training).
                """), today.minusWeeks(2), true);
        add(bu, Section.NEWS, "new-independent-scrutineer", new SitePage.Content("A new independent scrutineer for Northshire",
                null, """
                The lead safeguarding partners have appointed a new independent scrutineer, who starts in the new year and will
                lead the scrutiny section of the next yearly report.
                """), today.minusMonths(2), true);
        add(bu, Section.LEARNING_BRIEFS, "neglect-seven-minute-briefing", new SitePage.Content("Neglect: a seven-minute briefing",
                "What the partnership learned from a local review about neglect over many years, and what to do differently.", """
                ## Why it matters

                Neglect is the most common reason for a child protection plan in Northshire. Reviews find that drift happens
                when each agency sees only part of the picture.

                ## What to do

                1. Use the graded care profile when you are worried about neglect.
                2. Record the child's lived experience, in their words where you can.
                3. Escalate through the **resolving professional disagreements** procedure when a plan is not making a difference.
                """), today.minusMonths(1), true);
        add(bu, Section.PUBLISHED_REVIEWS, "child-d-practice-review", new SitePage.Content("Child D: a local child safeguarding practice review",
                "A draft page for the review's publication, waiting for the lead partners' agreement.", """
                The review's overview report and the partnership's response will be attached here when they are agreed for publication.
                """), null, false);
    }

    private void add(long bu, Section section, String slug, SitePage.Content content, LocalDate publishedOn, boolean publish) {
        Instant now = clock.instant();
        SitePage page = pages.saveAndFlush(new SitePage(section, slug, content, bu, now));
        revisions.save(new SitePageRevision(page.getId(), 1, content, null, BU_NAME, now));
        changes.save(new SitePageChange(page.getId(), SitePageChange.Kind.CREATED, 1, null, BU_NAME, now));
        if (publish) {
            page.publish(publishedOn, publishedOn.atTime(10, 0).atZone(SitePages.LONDON).toInstant());
            changes.save(new SitePageChange(page.getId(), SitePageChange.Kind.PUBLISHED, 1, null, BU_NAME, now));
        }
    }
}
