package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Role;

/**
 * A case file audit in the browser, every page and error state scanned with axe-core: the business unit plans an audit
 * (refused incomplete first) and adds a case; the school's auditor grades its part, is refused submission with a
 * section ungraded, then submits; the business unit records the meeting's grades, learning and an action, and reads
 * the report with its chart and tables.
 */
class CaseAuditBrowserTest extends BrowserTest {

    private final String run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();

    @Test
    void anAuditIsPlannedAuditedMetAndReported() {
        String theme = "Missing from home " + run;
        signIn(Role.BUSINESS_UNIT);
        open("/case-audits");
        assertNoAxeViolations(page, "case-audit-01-programme");
        follow(link(text("ca.plan")));
        waitForPath("/case-audits/new");
        submit(text("ca.plan"));
        assertSummaryLinksToFields(List.of(new FieldError("theme", text("ca.error.theme")), new FieldError("deadline", text("ca.error.deadline"))));
        assertNoAxeViolations(page, "case-audit-02-plan-refused");
        page.locator("#theme").fill(theme);
        page.locator("#toolId").selectOption(new SelectOption().setLabel("Multi-agency case file audit tool (" + text("ca.tool.version", 1) + ")"));
        page.getByLabel("Riverside Academy Trust").check();
        page.getByLabel("Northshire Police").check();
        fillDate("deadline", LocalDate.now().plusDays(30));
        submit(text("ca.plan"));
        waitForPath("/case-audits/\\d+");
        String auditPath = java.net.URI.create(page.url()).getPath();
        assertSuccess(text("ca.audit.planned"));
        page.locator("#reference").fill("Child M");
        page.locator("#childName").fill("Morgan Example");
        submit(text("ca.case.add"));
        waitForPath(auditPath + "(#cases)?");
        assertThat(page.locator("main")).containsText("Child M");
        assertThat(page.locator("main")).not().containsText("Morgan Example");
        assertNoAxeViolations(page, "case-audit-03-audit");
        open("/case-audits/tools");
        follow(page.locator("main ul.govuk-list a").first());
        waitForPath("/case-audits/tools/\\d+");
        assertNoAxeViolations(page, "case-audit-04-tool");
        signOut();

        signIn(Role.AGENCY_LEAD);
        open(auditPath);
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("ca.audit.completePart", "Child M"))));
        waitForPath(auditPath + "/cases/\\d+/part");
        String partPath = java.net.URI.create(page.url()).getPath();
        assertNoAxeViolations(page, "case-audit-05-part");
        Locator selects = page.locator("main select");
        for (int i = 0; i < selects.count() - 1; i++) {
            selects.nth(i).selectOption(new SelectOption().setIndex(2));
        }
        page.locator("main textarea").first().fill("Attendance records and the pastoral log");
        submit(text("ca.part.submit"));
        assertThat(page.locator(".govuk-error-summary")).containsText(text("ca.error.ungraded", 1, "Planning and outcomes for the child"));
        assertThat(page.locator("main textarea").first()).hasValue("Attendance records and the pastoral log");
        assertNoAxeViolations(page, "case-audit-06-part-refused");
        selects.last().selectOption(new SelectOption().setIndex(3));
        submit(text("ca.part.submit"));
        waitForPath(auditPath);
        assertSuccess(text("ca.part.submitted"));
        signOut();

        signIn(Role.BUSINESS_UNIT);
        String meetingPath = partPath.replace("/part", "/meeting");
        open(meetingPath);
        assertThat(page.locator("main")).containsText("Riverside Academy Trust");
        assertNoAxeViolations(page, "case-audit-07-meeting");
        Locator grades = page.locator("main select");
        for (int i = 0; i < grades.count(); i++) {
            grades.nth(i).selectOption(new SelectOption().setIndex(2));
        }
        submit(text("ca.meeting.save"));
        waitForPath(auditPath + "(#cases)?");
        assertSuccess(text("ca.meeting.saved"));
        page.locator("#learningText").fill("Return home interviews did not reach the school");
        page.locator("#theme").selectOption("Exploitation");
        submit(text("ca.learning.add"));
        waitForPath(auditPath + "(#learning)?");
        page.locator("#actionText").fill("Send every return home interview to the child's school");
        submit(text("ca.action.add"));
        waitForPath(auditPath + "(#actions)?");
        assertSuccess(text("ca.action.added"));
        open(auditPath + "/report");
        assertThat(page.locator("main")).containsText(text("ca.report.summary", 100, 5, 5));
        assertNoAxeViolations(page, "case-audit-08-report");
        signOut();
    }
}
