package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * The challenge log in the browser, every page and error state scanned with axe-core: the business unit records a
 * challenge to Riverside Academy Trust made at the Executive (refused empty first); Riverside's safeguarding lead finds
 * it from the dashboard and records the response (refused empty first); the business unit closes it with its outcome
 * and impact; the independent scrutineer reads it in the Executive's report and on its own page, with nothing to change.
 */
class ChallengeLogBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String AGENCY = "Riverside Academy Trust";

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String issue = "Safeguarding reports for child protection conferences arrive on the day " + run;
    private final String response = "The school now sends its report three working days before every conference " + run;
    private final String outcome = "Resolved: reports arrive in time for the chair to read them " + run;
    private final String impact = "Conference chairs say school information now shapes the plan " + run;
    private final LocalDate today = LocalDate.now(LONDON);

    @Test
    void theBusinessUnitRecordsTheAgencyRespondsAndTheScrutineerReadsTheReport() {
        signIn(Role.BUSINESS_UNIT);
        long entryId = recordTheChallenge();
        signOut();

        signIn(Role.AGENCY_LEAD);
        respond(entryId);
        signOut();

        signIn(Role.BUSINESS_UNIT);
        close(entryId);
        signOut();

        signIn(Role.INDEPENDENT_SCRUTINEER);
        readTheReport(entryId);
        signOut();
    }

    private long recordTheChallenge() {
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.challengeLog.link"))));
        waitForPath("/challenges");
        assertHeading(text("challenge.log.title"));
        assertNoAxeViolations(page, "challenges-01-log");

        follow(link(text("challenge.add")));
        waitForPath("/challenges/new");
        assertHeading(text("challenge.add"));
        assertNoAxeViolations(page, "challenges-02-new");

        page.locator("#raisedOn").fill("");
        page.locator("#raisedOn-month").fill("");
        page.locator("#raisedOn-year").fill("");
        page.locator("#issue").fill(issue);
        page.locator("#forum").selectOption(new SelectOption().setLabel(text("challenge.forum.other")));
        submit(text("challenge.record"));
        waitForPath("/challenges");
        assertThat(page).hasTitle(text("page.titleWithError", text("challenge.add")));
        assertSummaryLinksToFields(List.of(
                new FieldError("raisedOn", text("challenge.error.raisedOn")),
                new FieldError("raisedByPersonId", text("challenge.error.raisedBy")),
                new FieldError("challengedAgencyId", text("challenge.error.challenged")),
                new FieldError("forumOther", text("challenge.error.forumOther")),
                new FieldError("responseDue", text("challenge.error.responseDue"))));
        assertThat(page.locator("#issue")).hasValue(issue);
        assertNoAxeViolations(page, "challenges-03-new-errors");

        fillDate("raisedOn", today);
        page.locator("#raisedByPersonId").selectOption(new SelectOption().setLabel(
                text("challenge.personOption", "Tamsin Oakridge", "Northshire Safeguarding Children Partnership")));
        page.locator("#challengedAgencyId").selectOption(new SelectOption().setLabel(AGENCY));
        page.locator("#forum").selectOption(new SelectOption().setLabel("Safeguarding Children Executive"));
        fillDate("responseDue", today.plusDays(14));
        submit(text("challenge.record"));

        waitForPath("/challenges/\\d+");
        long id = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/challenges/(\\d+)$", "$1"));
        assertSuccess(text("challenge.recorded"));
        assertThat(page.locator("main")).containsText(issue);
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("challenge.status.OPEN"));
        assertNoAxeViolations(page, "challenges-04-entry");
        return id;
    }

    private void respond(long entryId) {
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.challengesToAgency.link"))));
        waitForPath("/challenges/to-my-agency");
        assertHeading(text("challenge.toAgency.title"));
        assertNoAxeViolations(page, "challenges-05-to-my-agency");

        follow(page.locator("main a[href='/challenges/" + entryId + "']"));
        waitForPath("/challenges/" + entryId);
        assertNoAxeViolations(page, "challenges-06-entry-agency-lead");

        follow(link(text("challenge.respond")));
        waitForPath("/challenges/" + entryId + "/response");
        assertNoAxeViolations(page, "challenges-07-response");

        submit(text("challenge.sendResponse"));
        waitForPath("/challenges/" + entryId + "/response");
        assertSummaryLinksToFields(List.of(new FieldError("response", text("challenge.error.response"))));
        assertNoAxeViolations(page, "challenges-08-response-errors");

        page.locator("#response").fill(response);
        submit(text("challenge.sendResponse"));
        waitForPath("/challenges/" + entryId);
        assertSuccess(text("challenge.responseRecorded"));
        assertThat(page.locator("main")).containsText(response);
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("challenge.status.RESPONSE_RECEIVED"));
    }

    private void close(long entryId) {
        open("/challenges/" + entryId);
        follow(link(text("challenge.edit")));
        waitForPath("/challenges/" + entryId + "/edit");
        assertNoAxeViolations(page, "challenges-09-edit");

        page.getByLabel(text("challenge.status.CLOSED_RESOLVED"), new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        submit(text("common.save"));
        waitForPath("/challenges/" + entryId + "/edit");
        assertSummaryLinksToFields(List.of(new FieldError("outcome", text("challenge.error.outcome"))));
        assertNoAxeViolations(page, "challenges-10-edit-errors");

        page.locator("#outcome").fill(outcome);
        page.locator("#impact").fill(impact);
        submit(text("common.save"));
        waitForPath("/challenges/" + entryId);
        assertSuccess(text("challenge.saved"));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("challenge.status.CLOSED_RESOLVED"));
    }

    private void readTheReport(long entryId) {
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.challengeReport.link"))));
        waitForPath("/challenges/report");
        assertHeading(text("challenge.report.title"));
        Locator closed = page.locator("main table").filter(new Locator.FilterOptions().setHasText(outcome));
        assertThat(closed).containsText(impact);
        assertThat(closed).containsText(AGENCY);
        assertNoAxeViolations(page, "challenges-11-report");

        follow(closed.locator("a[href='/challenges/" + entryId + "']"));
        waitForPath("/challenges/" + entryId);
        assertThat(page.locator("main")).containsText(response);
        assertThat(page.locator("main")).containsText(outcome);
        assertThat(link(text("challenge.edit"))).hasCount(0);
        assertThat(link(text("challenge.respond"))).hasCount(0);
        assertNoAxeViolations(page, "challenges-12-entry-scrutineer");
    }

    // ---------------------------------------------------------------------------------------------------------------

}
