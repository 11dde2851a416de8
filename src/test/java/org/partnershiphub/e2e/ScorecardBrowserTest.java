package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * The scorecard in the browser, every page and error state scanned with axe-core: the Executive reads the quarter's
 * scorecard and an indicator's trend (chart and table); the business unit adds an indicator for Riverside Academy Trust
 * (refused incomplete first); the trust's safeguarding lead enters the quarter's figure from its parts (refused
 * unreadable first); the business unit signs it off and the figure is locked.
 */
class ScorecardBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();

    @Test
    void theExecutiveReadsTheBusinessUnitDefinesTheAgencyEntersAndTheBusinessUnitSignsOff() {
        signIn(Role.EXECUTIVE_MEMBER);
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.scorecard.link"))));
        waitForPath("/scorecard");
        assertThat(page.locator("main")).containsText(text("scorecard.rag.RED"));
        assertNoAxeViolations(page, "scorecard-01-quarter");
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("POL1 Police attendance at initial child protection conferences")));
        waitForPath("/scorecard/indicators/\\d+");
        assertThat(page.locator("#trend tbody tr")).hasCount(12);
        assertNoAxeViolations(page, "scorecard-02-indicator-trend");
        signOut();

        signIn(Role.BUSINESS_UNIT);
        open("/scorecard");
        follow(link(text("scorecard.indicator.add")));
        waitForPath("/scorecard/indicators/new");
        submit(text("common.save"));
        assertSummaryLinksToFields(List.of(new FieldError("code", text("scorecard.error.code")),
                new FieldError("title", text("scorecard.error.title")), new FieldError("ownerAgencyId", text("scorecard.error.owner"))));
        assertNoAxeViolations(page, "scorecard-03-indicator-refused");
        page.locator("#code").fill("S" + run);
        page.locator("#title").fill("Staff in the trust with safeguarding training in date " + run);
        page.locator("#priorityGroup").fill("Education");
        page.locator("#ownerAgencyId").selectOption(new SelectOption().setLabel("Riverside Academy Trust"));
        page.locator("#target").fill("95");
        page.locator("#tolerance").fill("5");
        submit(text("common.save"));
        waitForPath("/scorecard/indicators/\\d+");
        String indicatorPath = java.net.URI.create(page.url()).getPath();
        assertSuccess(text("scorecard.indicator.saved"));
        signOut();

        signIn(Role.AGENCY_LEAD);
        open(indicatorPath);
        follow(page.locator("#trend tbody tr").first().getByRole(AriaRole.LINK));
        waitForPath(indicatorPath + "/figures/\\d{4}Q[1-4]");
        String figurePath = java.net.URI.create(page.url()).getPath();
        page.locator("#numerator").fill("forty");
        submit(text("scorecard.figure.save"));
        assertSummaryLinksToFields(List.of(new FieldError("numerator", text("scorecard.error.number"))));
        assertNoAxeViolations(page, "scorecard-04-figure-refused");
        page.locator("#numerator").fill("188");
        page.locator("#denominator").fill("200");
        page.locator("#commentary").fill("Twelve support staff booked on the next course");
        submit(text("scorecard.figure.save"));
        waitForPath(indicatorPath);
        assertSuccess(text("scorecard.figure.saved"));
        assertThat(page.locator("#trend tbody tr").first()).containsText("94%");
        assertThat(page.locator("#trend tbody tr").first()).containsText(text("scorecard.rag.AMBER"));
        assertNoAxeViolations(page, "scorecard-05-figure-entered");

        // figures from a spreadsheet: every problem by row first
        open("/scorecard");
        follow(link(text("scorecard.upload.link")));
        waitForPath("/scorecard/upload");
        assertNoAxeViolations(page, "scorecard-07-upload");
        page.locator("#file").setInputFiles(new com.microsoft.playwright.options.FilePayload("figures.csv", "text/csv",
                "Code,Quarter,Value\nPOL1,Q1 2026-27,90\nEDU1,Q1 2026-27,lots\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        submit(text("scorecard.upload.check"));
        waitForPath("/scorecard/upload/[^/]+");
        assertThat(page.locator(".govuk-error-summary")).containsText(text("scorecard.upload.problemsSummary", 2));
        assertThat(page.locator("#upload-rows tbody tr")).hasCount(2);
        assertNoAxeViolations(page, "scorecard-08-upload-problems");
        signOut();

        signIn(Role.BUSINESS_UNIT);
        open(figurePath);
        assertNoAxeViolations(page, "scorecard-06-sign-off");
        submit(text("scorecard.signOff.button"));
        waitForPath(indicatorPath);
        assertSuccess(text("scorecard.figure.signedOff"));
        open(figurePath);
        assertThat(page.locator(".govuk-inset-text")).hasText(text("scorecard.figure.lockedText"));
        assertThat(page.locator("#value")).hasCount(0);
        signOut();
    }
}
