package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * The business plan in the browser, every page and every error state scanned with axe-core: the business unit creates
 * the 2024-25 plan of the Northshire Safeguarding Children Partnership (refused without a title), adds its three
 * priorities (refused a duplicate code), two items of planned work and an action under P1 led by the agency's
 * safeguarding lead (refused an impossible date), and agrees version 1.0; the lead finds the action under "Actions I
 * lead" and posts an Amber update with a link and a PDF (refused without a status), and downloads the PDF again; an
 * Executive member sees the update on the plan's dashboard, has no way to change the plan and is refused its forms;
 * the business unit imports more actions from a CSV file, first seeing every problem in a bad one.
 *
 * <p>The priorities and planned work are those of the partnership's published 2024-25 plan. Today (in the autumn of
 * 2026) is after every timescale in it, so every unfinished action is overdue, and the plan covers a past year: the
 * dashboard is reached from the plan rather than from "/plan/dashboard", which opens the plan covering today.
 */
class PlanJourneyBrowserTest extends BrowserTest {

    private static final String PLAN_TITLE = "Business plan 2024-25";
    private static final String INTRODUCTION = "The Executive of the Northshire Safeguarding Children Partnership chose these "
            + "priorities after considering progress with the previous priorities, learning from reviews, inspection findings "
            + "and the views of partners and young people.";

    private record Priority(String code, String title, String partnershipLead, String boardOfficer) {
    }

    private static final List<Priority> PRIORITIES = List.of(
            new Priority("P1", "Domestic abuse: children as victims", "Chief Superintendent, Northshire Police",
                    "Partnership Business Manager"),
            new Priority("P2", "Safeguarding through Family Help", "Director of Children's Services, Northshire County Council",
                    "Partnership Development Officer"),
            new Priority("P3", "Safeguarding teenagers: serious youth violence and exploitation",
                    "Chief Nurse, Northshire Integrated Care Board", "Partnership Business Manager"));

    private static final String PUBLISH_ARRANGEMENTS = "Publish the multi-agency safeguarding arrangements";
    private static final String HEALTH_CHECK = "Undertake a Partnership Health Check self-assessment";
    private static final String P1_ACTION = "Complete a multi-agency audit of the response to children living with domestic abuse";

    private static final String COMMENTARY = "The audit tool is agreed and twelve cases have been chosen. Two agencies have not "
            + "yet named their auditors, so the audit meeting may slip into next quarter.";
    private static final String EVIDENCE_LINK = "https://example.org/report";
    private static final String EVIDENCE_FILE = "domestic-abuse-audit-interim-findings.pdf";

    private static final String IMPORTED_P2 = "Review the Family Help front door with the Family Help subgroup";
    private static final String IMPORTED_PLANNED = "Develop a professional curiosity champions model";

    @Test
    void theBusinessUnitWritesThePlanTheLeadReportsAndTheExecutiveSeesTheDashboard() {
        signIn(Role.BUSINESS_UNIT);
        long planId = createThePlan();
        addThePriorities(planId);
        long actionId = addPlannedWorkAndAnAction(planId);
        agreeVersionOne(planId);
        signOut();

        theLeadPostsAnUpdate(actionId);
        signOut();

        signIn(Role.EXECUTIVE_MEMBER);
        theExecutiveSeesTheDashboard(planId);
        theExecutiveCannotChangeThePlan(planId);
        signOut();

        signIn(Role.BUSINESS_UNIT);
        importActionsFromASpreadsheet(planId);
        importAPlanShapedLikeARealOne(planId);
        signOut();
    }

    // 1. The business unit creates the plan ----------------------------------------------------------------------------

    private long createThePlan() {
        follow(page.locator(".govuk-service-navigation")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("nav.plan")).setExact(true)));
        waitForPath("/plan");
        assertHeading(text("plans.title"));
        assertNoAxeViolations(page, "plan-01-plans");

        follow(link(text("plans.create")));
        waitForPath("/plan/new");
        assertHeading(text("plan.new.title"));
        assertNoAxeViolations(page, "plan-02-new");

        // No title: refused, with the summary linking to the field and everything typed kept.
        page.locator("#title").fill("");
        page.locator("#firstYear").fill("2024");
        page.locator("#lastYear").fill("2025");
        page.locator("#introduction").fill(INTRODUCTION);
        submit(text("common.save"));
        assertHeading(text("plan.new.title"));
        assertThat(page).hasTitle(text("page.titleWithError", text("plan.new.title")));
        assertSummaryLinksToFields(List.of(new FieldError("title", text("plan.error.title"))));
        assertThat(page.locator("#firstYear")).hasValue("2024");
        assertThat(page.locator("#lastYear")).hasValue("2025");
        assertThat(page.locator("#introduction")).hasValue(INTRODUCTION);
        assertNoAxeViolations(page, "plan-03-new-no-title");

        page.locator("#title").fill(PLAN_TITLE);
        submit(text("common.save"));
        waitForPath("/plan/\\d+");
        long planId = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/plan/", ""));
        assertSuccess(text("plan.created"));
        assertThat(page.locator("h1")).containsText(PLAN_TITLE);
        assertThat(page.locator("h1 .govuk-tag")).hasText(text("plan.planStatus.DRAFT", "0.1"));
        assertThat(page.locator("main")).containsText(text("plan.caption", "2024-25"));
        assertThat(page.locator("main")).containsText(INTRODUCTION);
        assertThat(page.locator("main")).containsText(text("plan.noPriorities"));
        assertThat(page.locator("main")).containsText(text("plan.noVersions"));
        assertNoAxeViolations(page, "plan-04-plan-created");
        return planId;
    }

    // 2. The three priorities of 2024-25; a second P1 is refused -------------------------------------------------------

    private void addThePriorities(long planId) {
        int n = 5;
        for (Priority priority : PRIORITIES) {
            follow(link(text("priority.add")));
            waitForPath("/plan/" + planId + "/priorities/new");
            assertHeading(text("priority.add"));
            if (n == 5) {
                assertNoAxeViolations(page, "plan-05-priority-new");
            }
            page.locator("#code").fill(priority.code());
            page.locator("#title").fill(priority.title());
            page.locator("#partnershipLead").fill(priority.partnershipLead());
            page.locator("#boardOfficer").fill(priority.boardOfficer());
            if (priority.code().equals("P1")) {
                page.locator("#statement").fill("Children who live with domestic abuse are victims of it in their own right.");
                page.locator("#deliveryMechanism").fill("Through the Domestic Abuse subgroup");
            }
            submit(text("common.save"));
            waitForPath("/plan/" + planId);
            assertSuccess(text("priority.saved"));
            Locator section = prioritySection(priority.code());
            assertThat(section.locator("h3")).hasText(text("priority.heading", priority.code(), priority.title()));
            assertThat(section).containsText(priority.partnershipLead());
            assertThat(section).containsText(priority.boardOfficer());
            n++;
        }
        assertThat(page.locator("main section h3")).hasText(PRIORITIES.stream()
                .map(p -> text("priority.heading", p.code(), p.title())).toArray(String[]::new));
        assertNoAxeViolations(page, "plan-06-plan-with-priorities");

        // A second priority coded P1 is refused, by the field and in the summary; what was typed is kept.
        follow(link(text("priority.add")));
        waitForPath("/plan/" + planId + "/priorities/new");
        page.locator("#code").fill("P1");
        page.locator("#title").fill("Neglect");
        page.locator("#partnershipLead").fill("Independent Scrutineer");
        submit(text("common.save"));
        assertHeading(text("priority.add"));
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("priority.add") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(List.of(new FieldError("code", text("priority.error.codeTaken"))));
        assertThat(page.locator("#code")).hasValue("P1");
        assertThat(page.locator("#title")).hasValue("Neglect");
        assertThat(page.locator("#partnershipLead")).hasValue("Independent Scrutineer");
        assertNoAxeViolations(page, "plan-07-priority-duplicate-code");

        follow(page.locator("main .govuk-back-link"));
        waitForPath("/plan/" + planId);
        assertThat(page.locator("main section h3")).hasCount(PRIORITIES.size());
        assertThat(page.locator("main")).not().containsText("Neglect");
    }

    // 3. Planned work, and an action under P1 led by the agency's safeguarding lead -----------------------------------

    private long addPlannedWorkAndAnAction(long planId) {
        addPlannedWork(planId, PUBLISH_ARRANGEMENTS, "31/12/2024", true);
        addPlannedWork(planId, HEALTH_CHECK, "Q3 2024-25", false);
        Locator plannedWork = page.locator("main table").filter(new Locator.FilterOptions()
                .setHas(page.locator("caption", new com.microsoft.playwright.Page.LocatorOptions().setHasText(text("plan.plannedWork")))));
        assertThat(plannedWork.locator("tbody tr")).hasCount(2);
        assertThat(actionRow(PUBLISH_ARRANGEMENTS)).containsText("31 December 2024");
        assertThat(actionRow(PUBLISH_ARRANGEMENTS)).containsText(text("plan.status.NOT_STARTED"));
        assertThat(actionRow(HEALTH_CHECK)).containsText("Q3 2024-25");

        String lead = demoAccounts.forRole(Role.AGENCY_LEAD).name();
        follow(prioritySection("P1").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("action.addToPriority") + " P1").setExact(true)));
        waitForPath("/plan/" + planId + "/actions/new\\?priority=\\d+");
        assertHeading(text("action.add"));
        String p1 = text("priority.heading", "P1", PRIORITIES.get(0).title());
        assertEquals(p1, page.locator("#priorityId option:checked").innerText().trim(), "the priority is chosen already");
        assertNoAxeViolations(page, "plan-10-action-new-under-P1");

        page.locator("#title").fill(P1_ACTION);
        page.locator("#leadPersonId").selectOption(new SelectOption().setLabel(lead));
        page.locator("#timescale").fill("31/02/2025");
        page.locator("#successMeasure").fill("An audit report to the Executive with the agencies' learning and actions");
        submit(text("common.save"));

        // 31 February is no date: refused by the field, everything typed kept.
        assertHeading(text("action.add"));
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("action.add") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(List.of(new FieldError("timescale", text("action.error.timescaleFormat"))));
        assertThat(page.locator("#timescale")).hasValue("31/02/2025");
        assertThat(page.locator("#title")).hasValue(P1_ACTION);
        assertEquals(p1, page.locator("#priorityId option:checked").innerText().trim());
        assertEquals(lead, page.locator("#leadPersonId option:checked").innerText().trim());
        assertThat(page.locator("#successMeasure")).containsText("An audit report to the Executive");
        assertNoAxeViolations(page, "plan-11-action-impossible-date");

        page.locator("#timescale").fill("Sept 2024");
        submit(text("common.save"));
        waitForPath("/plan/" + planId + "#action-\\d+");
        assertSuccess(text("action.saved"));
        Locator row = prioritySection("P1").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(P1_ACTION));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(lead);
        assertThat(row).containsText("September 2024");
        assertThat(row).containsText(text("plan.flag.overdue"));
        long actionId = Long.parseLong(row.getAttribute("id").replaceAll("^action-", ""));
        assertNoAxeViolations(page, "plan-12-plan-with-actions");
        return actionId;
    }

    private void addPlannedWork(long planId, String title, String timescale, boolean scan) {
        follow(link(text("action.addPlannedWork")));
        waitForPath("/plan/" + planId + "/actions/new");
        assertHeading(text("action.add"));
        assertEquals(text("action.plannedWork"), page.locator("#priorityId option:checked").innerText().trim());
        if (scan) {
            assertNoAxeViolations(page, "plan-08-planned-work-new");
        }
        page.locator("#title").fill(title);
        page.locator("#leadDescription").fill("Partnership Business Manager");
        page.locator("#timescale").fill(timescale);
        submit(text("common.save"));
        waitForPath("/plan/" + planId + "#action-\\d+");
        assertSuccess(text("action.saved"));
        assertThat(actionRow(title)).containsText("Partnership Business Manager");
        if (scan) {
            assertNoAxeViolations(page, "plan-09-plan-with-planned-work");
        }
    }

    // 4. Version 1.0 is agreed -----------------------------------------------------------------------------------------

    private void agreeVersionOne(long planId) {
        follow(link(text("plan.agree.button")));
        waitForPath("/plan/" + planId + "/agree");
        assertHeading(text("plan.agree.title"));
        assertThat(page.locator("main")).containsText(text("plan.agree.intro", "0.1", "1.0"));
        assertNoAxeViolations(page, "plan-13-agree");

        submit(text("plan.agree.button"));
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("plan.agree.title") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(List.of(new FieldError("whatChanged", text("plan.error.whatChanged"))));
        assertNoAxeViolations(page, "plan-14-agree-empty");

        page.locator("#whatChanged").fill("Agreed by the Executive on 12 April 2024");
        submit(text("plan.agree.button"));
        waitForPath("/plan/" + planId);
        assertSuccess(text("plan.agreed"));
        assertThat(page.locator("h1 .govuk-tag")).hasText(text("plan.planStatus.AGREED", "1.0"));
        Locator versions = page.locator("main table").filter(new Locator.FilterOptions()
                .setHasText(text("plan.whatChanged")));
        assertThat(versions.locator("tbody tr")).hasCount(1);
        assertThat(versions.locator("tbody tr td").first()).hasText("1.0");
        assertThat(versions).containsText("Agreed by the Executive on 12 April 2024");
        assertNoAxeViolations(page, "plan-15-plan-agreed");
    }

    // 5. The lead person reports on the action -------------------------------------------------------------------------

    private void theLeadPostsAnUpdate(long actionId) {
        signIn(Role.AGENCY_LEAD);
        follow(page.locator(".govuk-service-navigation")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("nav.plan")).setExact(true)));
        waitForPath("/plan");
        assertThat(page.locator("main")).not().containsText(text("plans.create"));
        follow(link(text("myActions.title")));
        waitForPath("/plan/my-actions");
        assertHeading(text("myActions.title"));
        // the lead may lead other actions too (the demo plan's, other tests'): this plan's action is one row
        Locator mine = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(P1_ACTION));
        assertThat(mine).hasCount(1);
        assertThat(mine).containsText("September 2024");
        assertThat(mine).containsText(text("plan.status.NOT_STARTED"));
        assertThat(mine).containsText(text("plan.flag.overdue"));
        assertNoAxeViolations(page, "plan-16-my-actions");

        follow(mine.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(P1_ACTION).setExact(true)));
        waitForPath("/plan/actions/" + actionId);
        assertHeading(P1_ACTION);
        assertThat(page.locator("main .govuk-caption-l")).hasText(text("priority.heading", "P1", PRIORITIES.get(0).title()));
        assertThat(page.locator("main")).containsText(text("update.none"));
        assertNoAxeViolations(page, "plan-17-action");

        // No status: refused; the commentary and link are kept, the file has to be chosen again (and the page says so).
        byte[] sent = evidencePdf();
        FilePayload pdf = new FilePayload(EVIDENCE_FILE, "application/pdf", sent);
        page.locator("#commentary").fill(COMMENTARY);
        page.locator("#evidenceLink").fill(EVIDENCE_LINK);
        page.locator("#evidence").setInputFiles(pdf);
        submit(text("update.submit"));
        assertHeading(P1_ACTION);
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("action.page.title") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(List.of(new FieldError("status", text("update.error.status"))));
        assertThat(page.locator("#commentary")).hasValue(COMMENTARY);
        assertThat(page.locator("#evidenceLink")).hasValue(EVIDENCE_LINK);
        assertThat(page.locator("main")).containsText(text("update.filesLost"));
        assertThat(page.locator("main")).containsText(text("update.none"));
        assertNoAxeViolations(page, "plan-18-update-no-status");

        page.locator("main").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(text("plan.status.AMBER")).setExact(true)).check();
        page.locator("#evidence").setInputFiles(pdf);
        submit(text("update.submit"));
        waitForPath("/plan/actions/" + actionId);
        assertSuccess(text("update.saved"));
        assertThat(page.locator("main h1 + p .govuk-tag").first()).hasText(text("plan.status.AMBER"));
        Locator update = page.locator("main .hub-update");
        assertThat(update).hasCount(1);
        assertThat(update.locator("h3")).containsText(demoAccounts.forRole(Role.AGENCY_LEAD).name());
        assertThat(update.locator("h3 .govuk-tag")).hasText(text("plan.status.AMBER"));
        assertThat(update).containsText(COMMENTARY);
        assertThat(update.locator("a[href='" + EVIDENCE_LINK + "']")).hasText(EVIDENCE_LINK);
        assertThat(update).containsText(text("update.evidenceLinkShown") + ": " + EVIDENCE_LINK);
        Locator file = update.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("update.file", EVIDENCE_FILE, 1)));
        assertThat(file).hasCount(1);
        assertThat(file).hasAttribute("href", Pattern.compile("^/plan/actions/" + actionId + "/evidence/\\d+$"));
        assertNoAxeViolations(page, "plan-19-update-posted");

        // The file comes back as it was sent.
        Download download = page.waitForDownload(file::click);
        assertEquals(EVIDENCE_FILE, download.suggestedFilename());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(bytes.length > 4 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "the downloaded evidence is the PDF that was uploaded");
        assertTrue(java.util.Arrays.equals(sent, bytes), "the downloaded evidence is byte for byte the uploaded file");
    }

    // 6. The Executive member's dashboard ------------------------------------------------------------------------------

    private void theExecutiveSeesTheDashboard(long planId) {
        follow(page.locator(".govuk-service-navigation")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("nav.plan")).setExact(true)));
        waitForPath("/plan");
        Locator planRow = page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/plan/" + planId + "']")));
        assertThat(planRow).containsText(PLAN_TITLE);
        assertThat(planRow).containsText("2024-25");
        assertThat(planRow).containsText(text("plan.planStatus.AGREED", "1.0"));
        assertNoAxeViolations(page, "plan-20-plans-executive");

        follow(planRow.locator("a[href='/plan/" + planId + "']"));
        waitForPath("/plan/" + planId);
        follow(link(text("dashboard.plan.title")));
        waitForPath("/plan/" + planId + "/dashboard");
        assertHeading(text("dashboard.plan.title"));

        // Columns: priority | not started, red, amber, green, complete | total, overdue, no update, improved, worse.
        Locator table = page.locator("#dashboard-table");
        assertThat(table.locator("thead th")).hasText(new String[] {text("dashboard.plan.priority"),
                text("plan.status.NOT_STARTED"), text("plan.status.RED"), text("plan.status.AMBER"), text("plan.status.GREEN"),
                text("plan.status.COMPLETE"), text("dashboard.plan.total"), text("dashboard.plan.overdue"),
                text("dashboard.plan.noUpdate"), text("dashboard.plan.improved"), text("dashboard.plan.worsened")});
        assertRow(table, text("priority.heading", "P1", PRIORITIES.get(0).title()), 0, 0, 1, 0, 0, 1, 1, 0, 1, 0);
        assertRow(table, text("priority.heading", "P2", PRIORITIES.get(1).title()), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRow(table, text("priority.heading", "P3", PRIORITIES.get(2).title()), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRow(table, text("plan.plannedWork"), 2, 0, 0, 0, 0, 2, 2, 2, 0, 0);
        assertRow(table, text("dashboard.plan.total"), 2, 0, 1, 0, 0, 3, 3, 2, 1, 0);
        assertThat(page.locator("main .hub-stat").first()).containsText("3");

        // The chart: one bar a priority plus planned work, P1's a single amber segment.
        Locator chart = page.locator("main figure.hub-chart svg[role=img]");
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("aria-label", text("dashboard.plan.chartLabel"));
        assertThat(chart.locator("text.hub-chart__label")).hasText(new String[] {"P1", "P2", "P3", text("plan.plannedWork")});
        assertThat(chart.locator("rect.hub-seg-AMBER")).hasCount(1);
        assertThat(chart.locator("rect.hub-seg-NOT_STARTED")).hasCount(1);
        assertThat(chart.locator("rect")).hasCount(2);

        // Every unfinished action is overdue in 2026.
        Locator overdue = page.locator("main table").filter(new Locator.FilterOptions()
                .setHasText(text("dashboard.plan.overdueCaption", 20)));
        assertThat(overdue.locator("tbody tr")).hasCount(3);
        assertThat(overdue.locator("tbody tr").first()).containsText(P1_ACTION);
        assertNoAxeViolations(page, "plan-21-dashboard");
    }

    private void assertRow(Locator table, String heading, int... figures) {
        Locator row = table.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new com.microsoft.playwright.Page.LocatorOptions()
                        .setHasText(Pattern.compile("^" + jsQuote(heading) + "$")))));
        assertThat(row).hasCount(1);
        List<String> expected = new ArrayList<>();
        for (int figure : figures) {
            expected.add(String.valueOf(figure));
        }
        assertThat(row.locator("td")).hasText(expected.toArray(String[]::new));
    }

    // 7. The Executive member cannot change the plan -------------------------------------------------------------------

    private void theExecutiveCannotChangeThePlan(long planId) {
        open("/plan/" + planId);
        assertThat(page.locator("h1")).containsText(PLAN_TITLE);
        assertThat(page.locator("main").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("priority.add")).setExact(true))).hasCount(0);
        assertThat(page.locator("main").getByText(text("plan.agree.button"))).hasCount(0);
        assertThat(page.locator("main a[href$='/edit']")).hasCount(0);
        assertNoAxeViolations(page, "plan-22-plan-executive");

        Response refused = open("/plan/" + planId + "/priorities/new");
        assertEquals(403, refused.status());
        assertHeading(text("error.403.title"));
        assertNoAxeViolations(page, "plan-23-priority-form-refused");

        // A form posted with a valid session and CSRF token is still refused: the route is the business unit's.
        open("/plan/" + planId);
        Response posted = page.waitForResponse(r -> r.request().isNavigationRequest(), () -> page.evaluate("""
                () => {
                  const form = document.createElement('form');
                  form.method = 'post';
                  form.action = '/plan/%d/priorities';
                  const token = document.querySelector('input[name=_csrf]').cloneNode();
                  form.appendChild(token);
                  for (const [name, value] of [['code', 'P4'], ['title', 'Neglect']]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.appendChild(input);
                  }
                  document.body.appendChild(form);
                  form.submit();
                }""".formatted(planId)));
        page.waitForLoadState();
        assertEquals(403, posted.status());
        assertHeading(text("error.403.title"));
        assertNoAxeViolations(page, "plan-24-priority-post-refused");

        open("/plan/" + planId);
        assertThat(page.locator("main section h3")).hasCount(PRIORITIES.size());
        assertThat(page.locator("main")).not().containsText("P4 Neglect");
    }

    // 8. The business unit imports actions from a CSV file -------------------------------------------------------------

    private void importActionsFromASpreadsheet(long planId) {
        open("/plan/" + planId);
        follow(link(text("import.title")));
        waitForPath("/plan/" + planId + "/import");
        assertHeading(text("import.title"));
        assertNoAxeViolations(page, "plan-25-import");

        // No file chosen: refused by the field.
        submit(text("import.check"));
        assertHeading(text("import.title"));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary.locator("a[href='#file']")).hasText(text("import.error.choose"));
        assertThat(page.locator("#file-error")).containsText(text("import.error.choose"));
        assertThat(page.locator("#file")).hasAttribute("aria-describedby", "file-hint file-error");
        assertNoAxeViolations(page, "plan-25b-import-no-file");

        String leadEmail = demoAccounts.forRole(Role.AGENCY_LEAD).email();
        String header = "Priority code,Action,Lead person email,Lead agency,Lead role or group,Delivery mechanism,Timescale,Success measure\n";
        String bad = header
                + "P9,Map the services for children who go missing,,,Missing subgroup chair,,Q4 2024-25,\n"
                + "P2,,," + ",Family Help subgroup chair,,Q4 2024-25,\n"
                + "P3,Train practitioners on exploitation screening,nobody@northshire.example,,,,March 2025,\n"
                + "P1,Refresh the domestic abuse practice guidance,,,Domestic Abuse subgroup chair,,31/02/2025,\n";
        uploadCsv("bad-actions.csv", bad);
        waitForPath("/plan/" + planId + "/import/[^/]+");
        assertHeading(text("import.problems.title"));
        assertThat(page.locator(".govuk-error-summary")).containsText(text("import.problems.summary", 4));
        Locator problems = page.locator("#import-problems tbody tr");
        assertThat(problems).hasCount(4);
        assertThat(problems.nth(0)).containsText(text("import.problem.priority", "P9"));
        assertThat(problems.nth(1)).containsText(text("import.problem.action"));
        assertThat(problems.nth(2)).containsText(text("import.problem.leadPerson", "nobody@northshire.example"));
        assertThat(problems.nth(3)).containsText(text("import.problem.timescale", "31/02/2025"));
        assertThat(problems.locator("td:first-child")).hasText(new String[] {"2", "3", "4", "5"});
        assertNoAxeViolations(page, "plan-26-import-problems");

        follow(link(text("import.again")));
        waitForPath("/plan/" + planId + "/import");
        String good = header
                + "P2," + IMPORTED_P2 + ",,,Family Help subgroup chair,Through the Family Help subgroup,Q4 2024-25,"
                + "\"A report to the Executive on waiting times, with what families said\"\n"
                + "," + IMPORTED_PLANNED + "," + leadEmail + ",,,,31/03/2025,Champions named in every agency\n";
        uploadCsv("good-actions.csv", good);
        waitForPath("/plan/" + planId + "/import/[^/]+");
        String previewUrl = page.url();
        assertHeading(text("import.preview.title"));
        assertThat(page.locator("main")).containsText(text("import.preview.intro", 2, "good-actions.csv"));
        assertThat(page.locator("main table tbody tr")).hasCount(2);
        assertNoAxeViolations(page, "plan-27-import-preview");

        submit(text("import.confirm", 2));
        assertEquals(previewUrl, page.url());
        assertThat(page.locator(".govuk-panel__title")).hasText(text("import.done"));
        assertThat(page.locator(".govuk-panel__body")).hasText(text("import.doneBody", 2));
        assertNoAxeViolations(page, "plan-28-import-complete");

        follow(link(text("import.backToPlan")));
        waitForPath("/plan/" + planId);
        assertThat(prioritySection("P2").locator("tbody tr")).containsText(new String[] {IMPORTED_P2});
        Locator imported = actionRow(IMPORTED_PLANNED);
        assertThat(imported).containsText(demoAccounts.forRole(Role.AGENCY_LEAD).name());
        assertThat(imported).containsText("31 March 2025");
        assertNoAxeViolations(page, "plan-29-plan-after-import");
    }

    // 9. A plan laid out as partnerships write them: priorities, outcomes, own headings, leads as words ---------------

    private void importAPlanShapedLikeARealOne(long planId) {
        open("/plan/" + planId + "/import");
        String csv = "Priority code,Priority title,Priority statement,Outcome,What needs to happen,Timescale,Lead\n"
                + "P8,Children missing education,Children missing education are tracked and safeguarded.,"
                + "All children missing education are tracked,Seek assurance that children missing education are identified quickly,"
                + "December 2024,Police\n"
                + "P8,,,All children missing education are tracked,Report the numbers tracked to the Executive,By March 2025,"
                + "Education safeguarding leads\n";
        uploadCsv("real-plan.csv", csv);
        waitForPath("/plan/" + planId + "/import/[^/]+");
        assertThat(page.locator(".govuk-error-summary")).containsText(text("import.problems.summary", 1));
        assertThat(page.locator("main")).containsText(text("import.problem.column", "Action"));
        assertNoAxeViolations(page, "plan-30-import-unknown-headings");

        // the unknown heading is matched to "Action" on the page, and the file is read again
        page.locator("#column-4").selectOption(new SelectOption().setLabel("Action"));
        submit(text("import.map.button"));
        waitForPath("/plan/" + planId + "/import/[^/]+");
        assertHeading(text("import.preview.title"));
        assertThat(page.locator("#new-priorities")).containsText("Children missing education");
        assertThat(page.locator("#new-outcomes")).containsText("All children missing education are tracked");
        assertThat(page.locator("main")).containsText(text("import.leadLinked", "Northshire Police"));
        assertNoAxeViolations(page, "plan-31-import-priorities-and-outcomes");
        submit(text("import.confirmAll", 2, 1, 1));
        assertThat(page.locator(".govuk-panel__title")).hasText(text("import.done"));

        follow(link(text("import.backToPlan")));
        waitForPath("/plan/" + planId);
        Locator outcome = prioritySection("P8").locator(".hub-outcome");
        assertThat(outcome.locator("h4")).hasText(text("outcome.heading", "All children missing education are tracked"));
        assertThat(outcome.locator("tbody tr")).hasCount(2);
        assertNoAxeViolations(page, "plan-32-plan-with-outcomes");

        // "Education safeguarding leads" names no agency: the business unit names it once for all its actions
        follow(link(text("leads.link")));
        waitForPath("/plan/" + planId + "/leads");
        assertHeading(text("leads.title"));
        assertNoAxeViolations(page, "plan-33-leads-as-words");
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Education safeguarding leads"));
        row.locator("select").selectOption(new SelectOption().setLabel("Riverside Academy Trust"));
        submit(text("leads.save"));
        waitForPath("/plan/" + planId + "/leads");
        assertSuccess(text("leads.linked", 1));
    }

    private void uploadCsv(String name, String content) {
        page.locator("#file").setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        submit(text("import.check"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** A small, real, one-page PDF: what an action lead would attach as evidence. */
    private static byte[] evidencePdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage();
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Domestic abuse multi-agency audit: interim findings");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Locator prioritySection(String code) {
        return page.locator("main section").filter(new Locator.FilterOptions()
                .setHas(page.locator("h3", new com.microsoft.playwright.Page.LocatorOptions()
                        .setHasText(Pattern.compile("^" + jsQuote(code) + " ")))));
    }

    /** Pattern.quote's \Q...\E means nothing to the browser's regular expressions, where Playwright matches. */
    private static String jsQuote(String literal) {
        return literal.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private Locator actionRow(String title) {
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(title).setExact(true))));
        assertThat(row).hasCount(1);
        return row;
    }

}
