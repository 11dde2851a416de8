package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.util.List;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * A survey in the browser, every page and error state scanned with axe-core: the business unit starts one (refused
 * without a title first), adds a choose-one question and a rating, and publishes it; a child answers it in the
 * child-friendly mode signed out (refused unanswered first, the summary linking to each question); the Executive reads
 * the results as a chart with its table.
 */
class SurveyBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String title = "How safe do you feel " + run;

    @Test
    void theBusinessUnitPublishesAChildAnswersAndTheExecutiveReadsTheResults() {
        signIn(Role.BUSINESS_UNIT);
        open("/surveys");
        assertHeading(text("survey.title"));
        assertNoAxeViolations(page, "survey-01-list");
        follow(link(text("survey.new")));
        waitForPath("/surveys/new");
        submit(text("common.save"));
        assertSummaryLinksToFields(List.of(new FieldError("title", text("survey.error.title"))));
        assertNoAxeViolations(page, "survey-02-refused");
        page.locator("#title").fill(title);
        page.locator("#intro").fill("Tell us how safe you feel in your area.");
        page.locator("#childFriendly").check();
        submit(text("common.save"));
        waitForPath("/surveys/\\d+");
        String managePath = URI.create(page.url()).getPath();
        long id = Long.parseLong(managePath.substring("/surveys/".length()));

        radio(text("survey.kind.SINGLE"), "kind", "SINGLE").check();
        page.locator("#text").fill("Do you feel safe walking home?");
        page.locator("#options").fill("Yes\nSometimes\nNo");
        submit(text("survey.addQuestion"));
        waitForPath(managePath + "#questions");
        assertSuccess(text("survey.questionAdded"));
        radio(text("survey.kind.RATING"), "kind", "RATING").check();
        page.locator("#text").fill("How safe is your school?");
        page.locator("#options").fill("");
        submit(text("survey.addQuestion"));
        waitForPath(managePath + "#questions");
        assertNoAxeViolations(page, "survey-03-questions");
        submit(text("survey.publish"));
        waitForPath(managePath);
        assertSuccess(text("survey.publishedNotice"));
        assertThat(page.locator("main")).containsText("/take/" + id);
        assertNoAxeViolations(page, "survey-04-published");
        signOut();

        open("/take/" + id);
        assertHeading(title);
        assertThat(exitThisPage()).isVisible();
        assertThat(page.locator(".hub-child-friendly")).hasCount(1);
        assertNoAxeViolations(page, "survey-05-take");
        submit(text("survey.child.send"));
        waitForPath("/take/" + id);
        assertThat(page.locator(".govuk-error-summary")).containsText(text("survey.child.problem"));
        Locator links = page.locator(".govuk-error-summary__list a");
        assertThat(links).hasCount(2);
        links.first().click();
        assertNoAxeViolations(page, "survey-06-take-refused");
        page.locator("main").getByLabel("Sometimes").check();
        page.locator("main").getByLabel("4", new Locator.GetByLabelOptions().setExact(true)).check();
        submit(text("survey.child.send"));
        waitForPath("/take/" + id + "/thank-you");
        assertHeading(text("survey.thanks"));
        assertNoAxeViolations(page, "survey-07-thanks");

        signIn(Role.EXECUTIVE_MEMBER);
        open("/surveys/" + id + "/results");
        assertHeading(text("survey.results"));
        assertThat(page.locator("main")).containsText(text("survey.responses", 1));
        assertThat(page.locator("main figure.hub-chart")).hasCount(2);
        assertThat(page.locator("main table").first()).containsText("Sometimes");
        assertNoAxeViolations(page, "survey-08-results");
    }
}
