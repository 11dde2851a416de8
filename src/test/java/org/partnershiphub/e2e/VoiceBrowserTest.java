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
 * The voice of children in the browser, every page and error state scanned with axe-core: the business unit records
 * what a young people's group said (refused blank first, every problem at once), with the partnership's response;
 * publishing without plain words is refused; it adds the plain "you said" and "we did" and publishes the pair; the
 * public "you said, we did" page shows only the plain words, with "Exit this page".
 */
class VoiceBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String theme = "Continuity " + run;
    private final String said = "We never know who our social worker is this week " + run;
    private final String response = "Teams now keep one worker per child for at least six months " + run;
    private final String publicSaid = "You told us your worker kept changing " + run;
    private final String publicDid = "Now you keep the same worker for longer " + run;
    private final LocalDate today = LocalDate.now(LONDON);

    @Test
    void theBusinessUnitRecordsAndPublishesAndThePublicReadsThePlainWords() {
        signIn(Role.BUSINESS_UNIT);
        open("/voice");
        assertHeading(text("voice.title"));
        assertNoAxeViolations(page, "voice-01-list");

        follow(link(text("voice.add")));
        waitForPath("/voice/new");
        assertHeading(text("voice.add"));
        assertNoAxeViolations(page, "voice-02-new");

        page.locator("#heardOn").fill("");
        page.locator("#heardOn-month").fill("");
        page.locator("#heardOn-year").fill("");
        page.locator("#theme").fill(theme);
        submit(text("voice.save"));
        waitForPath("/voice");
        assertThat(page).hasTitle(text("page.titleWithError", text("voice.add")));
        assertSummaryLinksToFields(List.of(
                new FieldError("heardFrom", text("voice.error.heardFrom")),
                new FieldError("source", text("voice.error.source")),
                new FieldError("heardOn", text("voice.error.heardOn")),
                new FieldError("said", text("voice.error.said"))));
        assertThat(page.locator("#theme")).hasValue(theme);
        assertNoAxeViolations(page, "voice-03-new-errors");

        radio(text("voice.heardFrom.CHILDREN_AND_YOUNG_PEOPLE"), "heardFrom", "CHILDREN_AND_YOUNG_PEOPLE").check();
        page.locator("#source").selectOption(new SelectOption().setLabel(text("voice.source.ADVISORY_GROUP")));
        page.locator("#sourceDetail").fill("Children in care council");
        fillDate("heardOn", today.minusDays(20));
        page.locator("#said").fill(said);
        page.locator("#response").fill(response);
        fillDate("respondedOn", today.minusDays(5));
        submit(text("voice.save"));
        waitForPath("/voice/\\d+");
        String itemPath = URI.create(page.url()).getPath();
        assertSuccess(text("voice.recorded"));
        assertThat(page.locator("main")).containsText(said);
        assertThat(page.locator("main")).containsText(response);
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("voice.tag.answered"));
        assertNoAxeViolations(page, "voice-04-recorded");

        // no plain words yet: publishing is refused
        submit(text("voice.publish"));
        waitForPath(itemPath);
        assertThat(page.locator(".govuk-error-summary")).containsText(text("voice.error.publishSaid"));
        assertThat(page).hasTitle(text("page.titleWithError", text("voice.itemTitle", Long.parseLong(itemPath.substring("/voice/".length())))));
        assertNoAxeViolations(page, "voice-05-publish-refused");

        follow(link(text("voice.change")));
        waitForPath(itemPath + "/edit");
        assertThat(page.locator("#said")).hasValue(said);
        assertNoAxeViolations(page, "voice-06-edit");
        page.locator("#publicSaid").fill(publicSaid);
        page.locator("#publicDid").fill(publicDid);
        submit(text("voice.save"));
        waitForPath(itemPath);
        assertSuccess(text("voice.saved"));

        submit(text("voice.publish"));
        waitForPath(itemPath);
        assertSuccess(text("voice.published"));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("voice.tag.published"));
        assertThat(page.locator("main form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(text("voice.unpublish")).setExact(true))).isVisible();
        assertNoAxeViolations(page, "voice-07-published");

        follow(link(text("voice.seePublic")));
        waitForPath("/you-said-we-did");
        Locator pair = page.locator("main .hub-said-did").filter(new Locator.FilterOptions().setHasText(publicSaid));
        assertThat(pair).containsText(publicDid);
        signOut();

        open("/you-said-we-did");
        assertHeading(text("voice.public.title"));
        assertThat(exitThisPage()).isVisible();
        assertThat(page.locator("main h2").filter(new Locator.FilterOptions().setHasText(theme))).hasCount(1);
        pair = page.locator("main .hub-said-did").filter(new Locator.FilterOptions().setHasText(publicSaid));
        assertThat(pair).hasCount(1);
        assertThat(pair).containsText(publicDid);
        // only the plain words reach the public
        assertThat(page.locator("main")).not().containsText(said);
        assertThat(page.locator("main")).not().containsText(response);
        assertNoAxeViolations(page, "voice-08-you-said-we-did");
    }
}
