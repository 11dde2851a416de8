package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * The auditor (data protection officer) reads the audit trail, downloads the latest checkpoint, and checks that the
 * hash chain is intact, also against that checkpoint; a line that is not a checkpoint is refused with a message.
 */
class AuditorJourneyTest extends BrowserTest {

    // the test profile turns the background sealer off (AuditSealingTest runs it on its schedule): seal as it would have
    @org.springframework.beans.factory.annotation.Autowired
    org.partnershiphub.audit.internal.AuditSealer sealer;

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

        sealer.sealAll();
        com.microsoft.playwright.APIResponse checkpoint = page.request().get(baseUrl() + "/audit/checkpoint");
        assertEquals(200, checkpoint.status());
        String line = checkpoint.text().strip();
        org.assertj.core.api.Assertions.assertThat(line).startsWith("batch ").contains(" root ");

        page.locator("main details summary").first().click();
        page.locator("#checkpoint").fill("not a checkpoint");
        submitWith(page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(text("audit.verify.button")).setExact(true)));
        waitForPath("/audit");
        assertThat(page.locator(".govuk-error-summary")).containsText(text("audit.error.checkpoint"));
        assertNoAxeViolations(page, "audit-trail-checkpoint-refused");

        page.locator("main details summary").first().click();
        page.locator("#checkpoint").fill(line);
        sealer.sealAll(); // the entries of the pages since (each view of the trail is itself audited)
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
