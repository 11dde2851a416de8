package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphub.identity.DemoAccounts.DemoAccount;
import org.partnershiphub.shared.Role;

/** Every role signs in, sees its dashboard and account, and signs out; and the public pages, all scanned with axe. */
class SignInJourneyTest extends BrowserTest {

    @ParameterizedTest(name = "{0} signs in, sees the dashboard and their account, and signs out")
    @EnumSource(Role.class)
    void everyRoleSignsInAndOut(Role role) {
        DemoAccount person = signIn(role);

        assertHeading(text("dashboard.heading", person.name()));
        assertThat(page.locator("main .hub-role-tag").filter(new Locator.FilterOptions().setHasText(text(role.messageKey()))))
                .hasCount(1);
        assertThat(exitThisPage()).hasCount(0);
        assertNoAxeViolations(page, "dashboard-" + role);

        assertEquals(200, open("/account").status());
        assertHeading(text("account.title"));
        assertThat(page.locator("main")).containsText(person.email());
        assertThat(page.locator("main")).containsText(text(role.messageKey()));
        assertThat(exitThisPage()).hasCount(0);
        assertNoAxeViolations(page, "account-" + role);

        signOut();
        assertHeading(text("signedOut.title"));
        assertThat(exitThisPage()).isVisible();
        assertNoAxeViolations(page, "signed-out-" + role);

        assertEquals(200, open("/").status(), "after signing out the landing page is public again");
        assertThat(page.locator("h1")).not().hasText(text("dashboard.heading", person.name()));
    }

    @ParameterizedTest(name = "public page {0}")
    @ValueSource(strings = {"/", "/sign-in", "/accessibility", "/privacy", "/signed-out"})
    void publicPagesOfferExitThisPageAndPassAxe(String path) {
        Response response = open(path);

        assertEquals(200, response.status(), path);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(exitThisPage()).isVisible();
        assertThat(exitThisPage().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON))
                .containsText(text("exitPage.label"));
        assertNoAxeViolations(page, "public" + (path.equals("/") ? "-landing" : path));
    }

    @Test
    void signInWithAWrongPasswordShowsTheErrorAndPassesAxe() {
        signIn("nobody-at-all@northshire.example", "not-the-right-password");

        waitForPath("/sign-in\\?error");
        assertThat(page).hasTitle(text("page.titleWithError", text("signIn.title")));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary.locator("a[href='#email']")).hasText(text("signIn.error.failed"));
        assertThat(page.locator("#email-error")).containsText(text("signIn.error.failed"));
        assertThat(page.locator("#email")).hasAttribute("aria-describedby", Pattern.compile("\\bemail-error\\b"));
        assertThat(page.locator("#email")).hasValue("nobody-at-all@northshire.example");
        assertThat(page.locator("#password")).hasValue("");
        assertThat(exitThisPage()).isVisible();
        assertNoAxeViolations(page, "public-sign-in-error");
    }

    @Test
    void aMissingRecordShowsThePageNotFoundPage() {
        signIn(Role.ADMINISTRATOR);

        Response response = open("/admin/users/987654321");

        assertEquals(404, response.status());
        assertHeading(text("error.404.title"));
        assertThat(exitThisPage()).hasCount(0);
        assertNoAxeViolations(page, "error-404");
    }

    @Test
    void signedInPagesHaveNoExitThisPageButton() {
        signIn(Role.AGENCY_LEAD);

        for (String path : new String[] {"/dashboard", "/account", "/agency/people"}) {
            assertEquals(200, open(path).status(), path);
            assertThat(exitThisPage()).hasCount(0);
        }
    }
}
