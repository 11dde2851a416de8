package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/** The auditor (data protection officer) reads the audit trail and checks that its hash chain is intact. */
class AuditorJourneyTest extends BrowserTest {

    @Test
    void theAuditorSeesTheTrailAndChecksItIsIntact() {
        signIn(Role.AUDITOR);

        assertEquals(200, open("/audit").status());
        assertHeading(text("audit.title"));
        Locator rows = page.locator("main table tbody tr");
        assertThat(rows.first()).isVisible();
        // The auditor's own sign-in is on the trail by now.
        assertThat(page.locator("main table")).containsText(demoAccounts.forRole(Role.AUDITOR).name());
        assertNoAxeViolations(page, "audit-trail");

        submitWith(page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(text("audit.verify.button")).setExact(true)));
        waitForPath("/audit");

        Locator banner = page.locator(".govuk-notification-banner--success");
        assertThat(banner).isVisible();
        assertThat(banner).containsText("The trail is intact");
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        assertNoAxeViolations(page, "audit-trail-verified");
    }
}
