package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * The public site's pages in the browser, every page and state scanned with axe-core: the business unit writes a
 * learning brief (refused blank first, every problem at once, nothing lost), sees it flagged and previewed, publishes
 * it, redrafts it (the public still reads the published words), publishes again; the public reads it with its
 * headings, list and inset text and "Exit this page", from the section's list and the home page. The business unit's
 * dates for the diary pages are scanned too.
 */
class SitePagesBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String title = "Safer sleep brief " + run;

    @Test
    void theBusinessUnitWritesAndPublishesAndThePublicReadsIt() {
        signIn(Role.BUSINESS_UNIT);
        open("/site-pages");
        assertHeading(text("site.title"));
        assertNoAxeViolations(page, "site-01-list");

        follow(link(text("site.add")));
        waitForPath("/site-pages/new");
        assertNoAxeViolations(page, "site-02-new");
        page.locator("#body").fill("Kept words " + run);
        page.locator("main details summary").click();
        page.locator("#slug").fill("Not A Slug");
        submit(text("site.saveDraft"));
        waitForPath("/site-pages");
        assertThat(page).hasTitle(text("page.titleWithError", text("site.add")));
        assertSummaryLinksToFields(List.of(
                new FieldError("section", text("site.error.section")),
                new FieldError("title", text("site.error.title")),
                new FieldError("slug", text("site.error.slug"))));
        assertThat(page.locator("#body")).hasValue("Kept words " + run);
        assertNoAxeViolations(page, "site-03-new-errors");

        radio(text("site.section.LEARNING_BRIEFS"), "section", "LEARNING_BRIEFS").check();
        page.locator("#title").fill(title);
        page.locator("#slug").fill("");
        page.locator("#summary").fill("What every practitioner should say to parents about safer sleep.");
        page.locator("#body").fill("""
                ## What we learned

                Families were given advice once, at birth, and not again when routines changed.

                - Talk about safer sleep at every contact
                - Read the [safer sleep guidance](https://www.example.org/safer-sleep), or [click here](https://www.example.org)

                > Never share a sofa with a sleeping baby.
                """);
        submit(text("site.saveDraft"));
        waitForPath("/site-pages/\\d+");
        String pagePath = URI.create(page.url()).getPath();
        assertSuccess(text("site.created"));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("site.state.DRAFT"));
        assertThat(page.locator("main .govuk-warning-text")).containsText(text("site.flag.vagueLink", "click here"));
        assertThat(page.locator("main .hub-preview h2")).hasText("What we learned");
        assertNoAxeViolations(page, "site-04-draft");

        submit(text("site.publish"));
        waitForPath(pagePath);
        assertSuccess(text("site.publishedNotice", 1));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("site.state.PUBLISHED"));
        assertNoAxeViolations(page, "site-05-published");

        follow(link(text("site.change")));
        waitForPath(pagePath + "/edit");
        assertThat(page.locator("main .govuk-inset-text")).containsText(text("site.editPublishedHint"));
        assertNoAxeViolations(page, "site-06-edit-published");
        page.locator("#body").fill("## What we learned\n\nA shorter brief " + run + ".");
        page.locator("#note").fill("Shortened");
        submit(text("site.saveDraft"));
        waitForPath(pagePath);
        assertSuccess(text("site.saved", 2));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("site.state.CHANGED"));
        assertThat(page.locator("main table").last()).containsText("Shortened");
        assertNoAxeViolations(page, "site-07-changed");

        String publicPath = "/learning-briefs/safer-sleep-brief-" + run;
        signOut();
        open(publicPath);
        assertThat(page.locator("main")).containsText("Families were given advice once");
        assertThat(page.locator("main")).not().containsText("A shorter brief " + run);

        signIn(Role.BUSINESS_UNIT);
        open(pagePath);
        submit(text("site.publishChanges", 2));
        waitForPath(pagePath);
        signOut();

        open("/learning-briefs");
        assertHeading(text("site.section.LEARNING_BRIEFS"));
        assertThat(exitThisPage()).isVisible();
        assertNoAxeViolations(page, "site-08-public-list");
        follow(link(title));
        waitForPath(publicPath);
        assertHeading(title);
        assertThat(exitThisPage()).isVisible();
        assertThat(page.locator("main")).containsText("A shorter brief " + run);
        assertThat(page.locator("main")).not().containsText("Families were given advice once");
        assertNoAxeViolations(page, "site-09-public-page");

        open("/arrangements/northshire-safeguarding-arrangements");
        assertThat(page.locator("main .govuk-inset-text")).isVisible();
        assertThat(page.locator("main ul.govuk-list--bullet li")).hasCount(3);
        assertNoAxeViolations(page, "site-10-arrangements");
        open("/");
        assertNoAxeViolations(page, "site-11-home");
    }

    @Test
    void theDiaryPagesPassAxe() {
        signIn(Role.BUSINESS_UNIT);
        open("/diary");
        assertHeading(text("diary.manageTitle"));
        assertNoAxeViolations(page, "diary-01-list");
        follow(link(text("diary.add")));
        waitForPath("/diary/new");
        submit(text("common.save"));
        waitForPath("/diary");
        assertThat(page.locator(".govuk-error-summary")).containsText(text("diary.error.title"));
        assertNoAxeViolations(page, "diary-02-errors");
        page.locator("#title").fill("Anti-bullying week " + run);
        radio(text("diary.kind.AWARENESS_WEEK"), "kind", "AWARENESS_WEEK").check();
        fillDate("startsOn", LocalDate.now().plusDays(20));
        submit(text("common.save"));
        waitForPath("/diary");
        assertThat(page.locator("main")).containsText("Anti-bullying week " + run);
        signOut();
        open("/dates-for-the-diary");
        assertThat(page.locator("main")).containsText("Anti-bullying week " + run);
        assertThat(exitThisPage()).isVisible();
        assertNoAxeViolations(page, "diary-03-public");
    }
}
