package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.YearlyFigures;

/**
 * The yearly report in the browser, every page and error state scanned with axe-core: the business unit starts a
 * report for a past period of its own (refused without a start first) and writes seven sections; the independent
 * scrutineer writes scrutiny; the council's lead partner signs off in the product; the business unit records the
 * police's and health's sign-offs given elsewhere (refused blank first, every problem at once), publishes the report and records sending it to
 * the National Panel; the public reads the published page, with "Exit this page".
 */
class YearlyReportBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final long run = System.nanoTime();
    private final String tag = Long.toString(run, 36);
    // reports are unique per period and the test database is shared: a past period of its own each run
    private final LocalDate from = LocalDate.of(1930, 1, 1).plusDays(Math.floorMod(run, 10_000L));
    private final LocalDate to = from.plusYears(1).minusDays(1);
    private final String title = "Browser yearly report " + tag;
    private final LocalDate today = LocalDate.now(LONDON);

    @Test
    void theBusinessUnitWritesThePartnersSignItIsPublishedSentAndReadByThePublic() {
        signIn(Role.BUSINESS_UNIT);
        long id = start();
        String base = "/yearly-report/reports/" + id;
        for (YearlyFigures.Section section : YearlyFigures.Section.values()) {
            if (section != YearlyFigures.Section.SCRUTINY) {
                write(base, section, "What the partnership did on " + section + " " + tag + ".\n\nAnd what it learned.",
                        section == YearlyFigures.Section.PRIORITIES);
            }
        }
        assertThat(writeLink(base, YearlyFigures.Section.SCRUTINY)).containsText(text("yearly.write"));
        signOut();

        signIn(Role.INDEPENDENT_SCRUTINEER);
        open(base);
        assertThat(writeLink(base, YearlyFigures.Section.PRIORITIES)).hasCount(0);
        write(base, YearlyFigures.Section.SCRUTINY, "The arrangements are well led " + tag + ".\n\nChallenge between partners is real.", true);
        assertThat(page.locator("main")).not().containsText(text("yearly.notWritten"));
        signOut();

        signIn(Role.LEAD_PARTNER);
        signOffInTheProduct(base);
        signOut();

        signIn(Role.BUSINESS_UNIT);
        recordSignOffsGivenElsewhere(base);
        publishAndSend(base);
        signOut();

        readThePublicPage(id);
    }

    private long start() {
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("dashboard.yearly.link")).setExact(true)));
        waitForPath("/yearly-report/reports");
        assertHeading(text("yearly.reports.title"));
        assertNoAxeViolations(page, "yearly-01-reports");

        follow(link(text("yearly.start.title")));
        waitForPath("/yearly-report/reports/new");
        assertHeading(text("yearly.start.title"));
        assertNoAxeViolations(page, "yearly-02-start");

        page.locator("#from").fill("");
        page.locator("#from-month").fill("");
        page.locator("#from-year").fill("");
        page.locator("#title").fill(title);
        submit(text("yearly.start.submit"));
        waitForPath("/yearly-report/reports");
        assertThat(page).hasTitle(text("page.titleWithError", text("yearly.start.title")));
        assertSummaryLinksToFields(List.of(new FieldError("from", text("yearly.error.from"))));
        assertThat(page.locator("#title")).hasValue(title);
        assertNoAxeViolations(page, "yearly-03-start-refused");

        fillDate("from", from);
        fillDate("to", to);
        submit(text("yearly.start.submit"));
        waitForPath("/yearly-report/reports/\\d+");
        long id = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/yearly-report/reports/(\\d+)$", "$1"));
        assertHeading(title);
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("yearly.status.DRAFT"));
        assertThat(page.locator(".govuk-task-list .govuk-task-list__item")).hasCount(YearlyFigures.Section.values().length + 2);
        assertThat(page.locator("#status-PRIORITIES")).hasText(text("yearly.notWritten"));
        assertThat(page.locator("#status-sign-off")).hasText(text("yearly.reports.signedOf", 0));
        assertNoAxeViolations(page, "yearly-04-report-draft");
        return id;
    }

    private Locator writeLink(String base, YearlyFigures.Section section) {
        return page.locator("main a[href='" + base + "/sections/" + section.name() + "']");
    }

    private void write(String base, YearlyFigures.Section section, String narrative, boolean scan) {
        Locator write = writeLink(base, section);
        assertThat(write).hasText(text("yearly.write") + " " + text("yearly.section." + section.name()));
        follow(write);
        waitForPath(base + "/sections/" + section.name());
        assertHeading(text("yearly.section." + section.name()));
        if (scan) {
            assertNoAxeViolations(page, "yearly-05-section-" + section.name());
        }
        page.locator("#narrative").fill(narrative);
        submit(text("common.save"));
        waitForPath(base + "#section-" + section.name());
        assertSuccess(text("yearly.sectionSaved"));
        assertThat(page.locator("#status-" + section.name())).hasText(text("yearly.written"));
        assertThat(page.locator("main")).containsText(narrative.substring(0, narrative.indexOf('\n')));
        assertThat(writeLink(base, section)).hasText(text("yearly.change") + " " + text("yearly.section." + section.name()));
        if (scan) {
            assertNoAxeViolations(page, "yearly-06-section-saved-" + section.name());
        }
    }

    private void signOffInTheProduct(String base) {
        open(base);
        assertThat(page.locator("main")).containsText(text("yearly.signAs", text("yearly.partner.LOCAL_AUTHORITY")));
        assertNoAxeViolations(page, "yearly-07-lead-partner-to-sign");
        submit(text("yearly.signButton"));
        waitForPath(base + "#sign-off");
        assertSuccess(text("yearly.signed"));
        assertThat(page.locator("#status-sign-off")).hasText(text("yearly.reports.signedOf", 1));
        assertThat(page.locator("main .govuk-summary-list")).containsText(text("yearly.signedInProduct"));
        assertThat(page.locator("main form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(text("yearly.signButton")).setExact(true))).hasCount(0);
        assertNoAxeViolations(page, "yearly-08-lead-partner-signed");
    }

    private void recordSignOffsGivenElsewhere(String base) {
        open(base);
        follow(link(text("yearly.recordSignOff")));
        waitForPath(base + "/sign-offs/new");
        assertHeading(text("yearly.signOffForm.title"));
        // the council has signed: only the police and health are left to choose
        assertThat(page.locator("input[name=partner]")).hasCount(2);
        assertNoAxeViolations(page, "yearly-09-sign-off-form");

        submit(text("yearly.signOffForm.submit"));
        waitForPath(base + "/sign-offs");
        assertThat(page).hasTitle(text("page.titleWithError", text("yearly.signOffForm.title") + " - " + title));
        assertSummaryLinksToFields(List.of(new FieldError("partner", text("yearly.error.partner")),
                new FieldError("name", text("yearly.error.signedName")), new FieldError("role", text("yearly.error.signedRole"))));
        assertNoAxeViolations(page, "yearly-10-sign-off-refused");

        radio(text("yearly.partner.POLICE"), "partner", "POLICE").check();
        page.locator("#name").fill("A. Constable " + tag);
        page.locator("#role").fill("Chief Constable");
        fillDate("on", today);
        page.locator("#how").fill("At the Executive");
        submit(text("yearly.signOffForm.submit"));
        waitForPath(base + "#sign-off");
        assertSuccess(text("yearly.signOffRecorded"));
        assertThat(page.locator("#status-sign-off")).hasText(text("yearly.reports.signedOf", 2));
        assertThat(page.locator("main .govuk-summary-list")).containsText("A. Constable " + tag);

        follow(link(text("yearly.recordSignOff")));
        waitForPath(base + "/sign-offs/new");
        assertThat(page.locator("input[name=partner]")).hasCount(1);
        radio(text("yearly.partner.HEALTH"), "partner", "HEALTH").check();
        page.locator("#name").fill("B. Board " + tag);
        page.locator("#role").fill("Chief Executive, integrated care board");
        fillDate("on", today);
        page.locator("#how").fill("By email");
        submit(text("yearly.signOffForm.submit"));
        waitForPath(base + "#sign-off");
        assertSuccess(text("yearly.signOffRecorded"));
        assertThat(page.locator("#status-sign-off")).hasText(text("yearly.allSigned"));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("yearly.status.SIGNED_OFF"));
        assertThat(link(text("yearly.recordSignOff"))).hasCount(0);
        assertThat(page.locator("main")).containsText(text("yearly.keptFigures", "").substring(0, 30));
        assertNoAxeViolations(page, "yearly-11-signed-off");
    }

    private void publishAndSend(String base) {
        submit(text("yearly.publishButton"));
        waitForPath(base + "#publication");
        assertSuccess(text("yearly.publishedNotice"));
        assertThat(page.locator("main .govuk-tag").first()).hasText(text("yearly.status.PUBLISHED"));
        Locator sendings = page.locator("main table").filter(new Locator.FilterOptions().setHasText(text("yearly.sendings")));
        assertThat(sendings.locator("tbody tr")).hasCount(2);
        assertThat(link(text("yearly.publicPage"))).isVisible();
        // the message's apostrophe once swallowed its argument: "the partnerships public site ... within {0} working days"
        assertThat(page.locator("main")).containsText("on the partnership's public site");
        assertThat(page.locator("main")).containsText("within 7 working days");
        assertNoAxeViolations(page, "yearly-12-published");

        Locator panel = sendings.locator("form[action='" + base + "/sendings/NATIONAL_PANEL']");
        assertThat(panel.locator("#sentOn-NATIONAL_PANEL")).hasValue(String.valueOf(today.getDayOfMonth()));
        panel.locator("#how-NATIONAL_PANEL").fill("Email to the Panel " + tag);
        submitWith(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("yearly.recordSent")).setExact(true)));
        waitForPath(base + "#publication");
        assertSuccess(text("yearly.sentRecorded"));
        Locator panelRow = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(text("yearly.recipient.NATIONAL_PANEL")));
        assertThat(panelRow).containsText("Email to the Panel " + tag);
        assertThat(panelRow.locator("form")).hasCount(0);
        assertThat(page.locator("form[action='" + base + "/sendings/WHAT_WORKS_CENTRE']")).hasCount(1);
        assertNoAxeViolations(page, "yearly-13-sent-to-panel");
    }

    private void readThePublicPage(long id) {
        open("/yearly-reports");
        assertHeading(text("yearly.public.title"));
        assertThat(exitThisPage()).isVisible();
        assertNoAxeViolations(page, "yearly-14-public-list");
        follow(link(title));
        waitForPath("/yearly-reports/" + id);
        assertHeading(title);
        assertThat(exitThisPage()).isVisible();
        assertThat(page.locator("main")).containsText("What the partnership did on TRAINING " + tag + ".");
        assertThat(page.locator("main")).containsText("The arrangements are well led " + tag + ".");
        assertThat(page.locator("main")).containsText("A. Constable " + tag);
        assertThat(page.locator("main")).containsText("B. Board " + tag);
        assertThat(page.locator("main nav ol li")).hasCount(YearlyFigures.Section.values().length + 1);
        assertThat(page.locator("main")).not().containsText(text("yearly.recordSignOff"));
        assertNoAxeViolations(page, "yearly-15-public-report");
    }

    /** The live figures for the last financial year, where the demo data fills the tables and draws the charts. */
    @Test
    void theLiveFiguresShowEachChartAboveItsTable() {
        signIn(Role.BUSINESS_UNIT);
        open("/yearly-report");
        assertHeading(text("yearly.title"));
        assertThat(page.locator("main figure.hub-chart").first()).isVisible();
        assertNoAxeViolations(page, "yearly-16-live-figures");
    }
}
