package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * Triangulation in the browser, each page scanned with axe-core: the Executive reads every agency's flags and one
 * agency's joined picture; the business unit adds an area (refused blank first) and chooses what it joins.
 */
class TriangulationBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();

    @Test
    void theExecutiveReadsAndTheBusinessUnitKeepsTheAreas() {
        signIn(Role.EXECUTIVE_MEMBER);
        open("/triangulation");
        assertThat(page.locator("main table")).containsText("Northshire Police");
        assertNoAxeViolations(page, "triangulation-01-agencies");
        follow(link("Northshire Police"));
        waitForPath("/triangulation/agencies/\\d+");
        assertThat(page.locator("main")).containsText("Multi-agency working and information sharing");
        assertNoAxeViolations(page, "triangulation-02-agency");
        signOut();

        signIn(Role.BUSINESS_UNIT);
        open("/triangulation/areas");
        submit(text("tri.area.add"));
        assertSummaryLinksToFields(List.of(new FieldError("name", text("tri.error.name"))));
        assertNoAxeViolations(page, "triangulation-03-area-refused");
        page.locator("#name").fill("Online safety " + run);
        submit(text("tri.area.add"));
        waitForPath("/triangulation/areas/\\d+");
        assertNoAxeViolations(page, "triangulation-04-area");
        page.getByLabel("Section 175 8: Online safety, filtering and monitoring").check();
        submit(text("tri.area.save"));
        waitForPath("/triangulation/areas");
        assertSuccess(text("tri.area.saved"));
        assertThat(page.locator("main")).containsText("Online safety " + run);

        // the demo police's green rating on inter-agency working is contradicted by its red conference attendance
        open("/triangulation");
        follow(link("Northshire Police"));
        waitForPath("/triangulation/agencies/\\d+");
        follow(page.locator("main").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(text("tri.flag.moderate"))).first());
        waitForPath("/self-assessment/returns/\\d+/standards/\\d+/moderate");
        assertThat(page.locator(".govuk-warning-text")).containsText(text("sa.moderate.contradicted"));
        assertNoAxeViolations(page, "triangulation-05-moderate-contradicted");
        signOut();
    }
}
