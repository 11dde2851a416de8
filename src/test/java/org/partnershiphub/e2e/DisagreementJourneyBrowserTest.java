package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.disagreements.internal.Disagreements;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A professional disagreement in the browser, every page and the error state scanned with axe-core: the business unit
 * names the stage 2 lead on the escalation stages page; a practitioner raises a disagreement with children's social
 * care (refused empty first, then checks the answers); the clock moves past stage 1's time limit in working days and the escalation job runs;
 * the case is at stage 2, the named lead is emailed and sees it among their disagreements; the business unit's report
 * and list show it.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3942"})
@Import(MutableClock.Configuration.class)
class DisagreementJourneyBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3942, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String STAGE_TWO = "Stage 2: team managers";
    private static final String COUNCIL = "Northshire County Council";

    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired Disagreements disagreements;

    @Test
    void aDisagreementNotResolvedInTimeEscalatesToStageTwoAndItsLeadIsTold() throws Exception {
        String child = "Child B-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        String lead = demoAccounts.forRole(Role.SUBGROUP_MEMBER).name();

        signIn(Role.BUSINESS_UNIT);
        nameTheStageTwoLead(lead);
        signOut();

        signIn(Role.PRACTITIONER);
        long id = raise(child);
        signOut();

        // stage 1's limit passes: the day after its due date, the hourly job moves the case on
        LocalDate due = jdbc.queryForObject("select current_due from disagreement where id = ?", LocalDate.class, id);
        clock.set(due.plusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
        disagreements.escalateOverdue();
        assertEquals(2, jdbc.queryForObject("select current_stage from disagreement where id = ?", Integer.class, id));

        theLeadIsToldAndSeesIt(id, child);

        signIn(Role.BUSINESS_UNIT);
        theReportShowsIt(id, child);
        signOut();
    }

    private void nameTheStageTwoLead(String lead) {
        open("/disagreements/stages");
        assertHeading(text("stage.title"));
        assertNoAxeViolations(page, "disagreements-01-stages");
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("common.change") + " " + STAGE_TWO))
                .click();
        waitForPath("/disagreements/stages/\\d+");
        assertHeading(text("stage.change", STAGE_TWO));
        assertNoAxeViolations(page, "disagreements-02-stage-two");
        // a time limit that is not a number is refused, next to the field
        page.locator("#workingDays").fill("three");
        submitWith(button(text("common.save")));
        assertThat(page.locator(".govuk-error-summary")).containsText(text("stage.error.workingDays"));
        assertThat(page.locator("#workingDays-error")).containsText(text("stage.error.workingDays"));
        assertNoAxeViolations(page, "disagreements-03-stage-error");
        page.locator("#workingDays").fill("3");
        page.locator("#lead").selectOption(new SelectOption().setLabel(text("stage.personOption", lead,
                demoAgency(Role.SUBGROUP_MEMBER))));
        submitWith(button(text("common.save")));
        waitForPath("/disagreements/stages");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText(text("stage.saved"));
        assertThat(page.locator("main table")).containsText(lead);
        assertNoAxeViolations(page, "disagreements-04-stages-saved");
    }

    private String demoAgency(Role role) {
        return jdbc.queryForObject("select o.name from user_account u join organisation o on o.id = u.organisation_id where u.email = ?",
                String.class, demoAccounts.forRole(role).email());
    }

    private long raise(String child) {
        open("/dashboard");
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.disagreements.link"))).click();
        waitForPath("/disagreements");
        assertHeading(text("disagreement.mine"));
        assertNoAxeViolations(page, "disagreements-05-mine");
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("disagreement.raise")).setExact(true)).click();
        waitForPath("/disagreements/new");
        assertHeading(text("disagreement.raise"));
        assertNoAxeViolations(page, "disagreements-06-raise");

        // empty: every answer is asked for, each error linked to its field
        submitWith(button(text("disagreement.continue")));
        waitForPath("/disagreements");
        assertThat(page).hasTitle(text("page.titleWithError", text("disagreement.raise")));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        for (String[] error : new String[][] {{"otherAgency", "disagreement.error.otherAgency"}, {"childReference", "disagreement.error.childReference"},
                {"theme", "disagreement.error.theme"}, {"concern", "disagreement.error.concern"}, {"outcomeSought", "disagreement.error.outcomeSought"}}) {
            assertThat(summary.locator("a[href='#" + error[0] + "']")).hasText(text(error[1]));
            assertThat(page.locator("#" + error[0] + "-error")).containsText(text(error[1]));
        }
        assertNoAxeViolations(page, "disagreements-07-raise-errors");

        page.locator("#otherAgency").selectOption(new SelectOption().setLabel(COUNCIL));
        page.locator("#childReference").fill(child);
        page.locator("main").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(text("disagreement.theme.THRESHOLD")).setExact(true))
                .check();
        page.locator("#concern").fill("The school referred concerns about neglect twice; children's social care decided the threshold "
                + "for an assessment was not met.");
        page.locator("#outcomeSought").fill("A strategy discussion and a review of the threshold decision.");
        submitWith(button(text("disagreement.continue")));
        waitForPath("/disagreements");
        assertHeading(text("disagreement.checkTitle"));
        assertThat(page.locator("main .govuk-summary-list")).containsText(child);
        assertThat(page.locator("main .govuk-summary-list")).containsText(COUNCIL);
        assertNoAxeViolations(page, "disagreements-07b-check-answers");
        submitWith(button(text("disagreement.raiseButton")));
        waitForPath("/disagreements/\\d+");
        long id = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/disagreements/", ""));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText(text("disagreement.raised"));
        assertThat(page.locator("#status")).containsText("Stage 1");
        assertThat(page.locator("#stages > li")).hasCount(1);
        assertNoAxeViolations(page, "disagreements-08-case-raised");
        return id;
    }

    private void theLeadIsToldAndSeesIt(long id, String child) throws Exception {
        String leadEmail = demoAccounts.forRole(Role.SUBGROUP_MEMBER).email();
        String reference = "PD-" + id;
        boolean told = false;
        for (int i = 0; i < 50 && !told; i++) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(leadEmail))
                        && message.getSubject().equals(text("disagreement.mail.escalatedAutomatically.lead.subject", reference, STAGE_TWO))) {
                    told = true;
                }
            }
            if (!told) {
                Thread.sleep(200);
            }
        }
        assertTrue(told, "the stage 2 lead was emailed about " + reference);

        signIn(Role.SUBGROUP_MEMBER);
        open("/disagreements");
        assertHeading(text("disagreement.mine"));
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference).setExact(true)).click();
        waitForPath("/disagreements/" + id);
        assertThat(page.locator("main .govuk-caption-l")).containsText(child);
        assertThat(page.locator("#status")).containsText(STAGE_TWO);
        assertThat(page.locator("#stages > li")).hasCount(2);
        assertThat(page.locator("#stages > li").first()).containsText(text("disagreement.outcome.ESCALATED_AUTOMATICALLY"));
        assertThat(page.locator("#stages > li").nth(1)).containsText(demoAccounts.forRole(Role.SUBGROUP_MEMBER).name());
        assertNoAxeViolations(page, "disagreements-09-case-stage-two");
        signOut();
    }

    private void theReportShowsIt(long id, String child) {
        open("/dashboard");
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.disagreementReport.link"))).click();
        waitForPath("/disagreements/report");
        assertHeading(text("report.title"));
        assertThat(page.locator("#themes")).containsText(text("disagreement.theme.THRESHOLD"));
        assertThat(page.locator("#pairs")).containsText(COUNCIL);
        assertNoAxeViolations(page, "disagreements-10-report");

        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("disagreement.all")).setExact(true)).click();
        waitForPath("/disagreements/all");
        page.locator("#stage").selectOption(new SelectOption().setLabel(STAGE_TWO));
        page.locator("#theme").selectOption(new SelectOption().setLabel(text("disagreement.theme.THRESHOLD")));
        submitWith(button(text("disagreement.applyFilter")));
        waitForPath("/disagreements/all\\?.*");
        assertThat(page.locator("main table")).containsText(child);
        assertNoAxeViolations(page, "disagreements-11-all-filtered");
    }

    private Locator button(String label) {
        return page.locator("main form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }
}
