package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * A Section 175 return in the browser, every page and error state scanned with axe-core: the business unit opens a
 * cycle (refused without a due date first); the school's safeguarding lead finds its return carried forward, rates a
 * standard amber without an action, sees it flagged on the check page and refused at submission, adds the action and
 * submits with the headteacher's and governor's names; the business unit sees it returned, moderates a standard and
 * reads the report with its chart and tables.
 */
class SelfAssessmentBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();

    @Test
    void aCycleIsOpenedASchoolReturnsItAndTheBusinessUnitModeratesAndReports() {
        String cycle = "Browser audit " + run;
        signIn(Role.BUSINESS_UNIT);
        open("/self-assessment");
        assertNoAxeViolations(page, "self-assessment-01-overview");
        follow(link(text("sa.openCycle")));
        waitForPath("/self-assessment/cycles/new");
        page.locator("#name").fill(cycle);
        submit(text("sa.cycle.open"));
        assertSummaryLinksToFields(List.of(new FieldError("dueOn", text("sa.error.dueOn"))));
        assertNoAxeViolations(page, "self-assessment-02-cycle-refused");
        fillDate("dueOn", LocalDate.now().plusDays(40));
        submit(text("sa.cycle.open"));
        waitForPath("/self-assessment/cycles/\\d+");
        String cyclePath = java.net.URI.create(page.url()).getPath();
        assertSuccess(text("sa.cycle.opened"));
        assertNoAxeViolations(page, "self-assessment-03-cycle");
        open("/self-assessment/standards");
        assertNoAxeViolations(page, "self-assessment-04-library");
        signOut();

        signIn(Role.AGENCY_LEAD);
        open("/self-assessment");
        follow(link(cycle));
        waitForPath("/self-assessment/returns/\\d+");
        String returnPath = java.net.URI.create(page.url()).getPath();
        assertThat(page.locator(".govuk-task-list__item")).hasCount(9);
        assertThat(page.locator("main")).containsText(text("sa.return.carriedForward"));
        assertNoAxeViolations(page, "self-assessment-05-task-list");
        follow(page.locator(".govuk-task-list__link").first());
        waitForPath(returnPath + "/standards/\\d+");
        assertNoAxeViolations(page, "self-assessment-06-answer");
        radio(text("sa.ratingMeaning.AMBER"), "rating", "AMBER").check();
        page.locator("#narrative").fill("Governors review safeguarding every term; the safeguarding governor visits twice a year.");
        page.locator("#actionText").fill("");
        page.locator("#actionOwner").fill("");
        submit(text("sa.answer.save"));
        waitForPath(returnPath + "(#standard-\\d+)?");
        assertSuccess(text("sa.answer.saved"));
        follow(link(text("sa.return.checkSubmit")));
        waitForPath(returnPath + "/submit");
        assertThat(page.locator(".govuk-warning-text")).containsText(text("sa.submit.incomplete", 1));
        page.locator("#officerName").fill("Morgan Teal");
        page.locator("#officerRole").fill("Headteacher");
        page.locator("#governorName").fill("Robin Ashdown");
        fillDate("signedOn", LocalDate.now());
        submit(text("sa.submit.button"));
        assertThat(page.locator(".govuk-error-summary")).containsText(text("sa.error.incomplete", 1, "1"));
        assertThat(page.locator("#officerName")).hasValue("Morgan Teal");
        assertNoAxeViolations(page, "self-assessment-07-submit-refused");
        follow(page.locator("main a[href*='/standards/']").first());
        waitForPath(returnPath + "/standards/\\d+");
        page.locator("#actionText").fill("Appoint a second safeguarding governor");
        page.locator("#actionOwner").fill("Chair of governors");
        fillDate("actionDue", LocalDate.now().plusMonths(4));
        submit(text("sa.answer.save"));
        waitForPath(returnPath + "(#standard-\\d+)?");
        open(returnPath + "/submit");
        assertThat(page.locator(".govuk-warning-text")).hasCount(0);
        page.locator("#officerName").fill("Morgan Teal");
        page.locator("#officerRole").fill("Headteacher");
        page.locator("#governorName").fill("Robin Ashdown");
        fillDate("signedOn", LocalDate.now());
        submit(text("sa.submit.button"));
        waitForPath(returnPath);
        assertSuccess(text("sa.return.submitted"));
        assertNoAxeViolations(page, "self-assessment-08-submitted");
        signOut();

        signIn(Role.BUSINESS_UNIT);
        open(cyclePath);
        assertThat(page.locator("main table")).containsText(text("sa.status.SUBMITTED"));
        open(returnPath);
        follow(page.locator(".govuk-summary-card__actions a").first());
        waitForPath(returnPath + "/standards/\\d+/moderate");
        radio(text("sa.ratingMeaning.RED"), "agreed", "RED").check();
        submit(text("common.save"));
        assertSummaryLinksToFields(List.of(new FieldError("comment", text("sa.error.changedComment"))));
        assertNoAxeViolations(page, "self-assessment-09-moderate-refused");
        page.locator("#comment").fill("Only one governor is trained; the standard is not yet met.");
        submit(text("common.save"));
        waitForPath(returnPath + "(#standard-\\d+)?");
        assertSuccess(text("sa.moderation.saved"));
        assertNoAxeViolations(page, "self-assessment-10-moderating");
        open(cyclePath + "/report");
        assertThat(page.locator("main")).containsText(text("sa.report.byStandard"));
        assertThat(page.locator("main")).containsText("Appoint a second safeguarding governor");
        assertNoAxeViolations(page, "self-assessment-11-report");
        signOut();
    }
}
