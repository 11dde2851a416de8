package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.shared.Role;
import org.partnershiphub.training.internal.Bookings;
import org.partnershiphub.training.internal.Course;
import org.partnershiphub.training.internal.TrainingCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A course that needs the manager's approval, in the browser with axe-core: the practitioner books naming their manager
 * and sees the place held; the manager opens the emailed link without an account (also at 320 px), is refused an empty
 * answer and a decline without a reason (typed text kept), declines with a reason; the practitioner sees the reason.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3938"})
class ManagerApprovalBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3938, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired TrainingCatalogue catalogue;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aManagerDeclinesThroughTheLinkAndThePractitionerSeesWhy() throws Exception {
        String title = "Supervising safeguarding practice " + Long.toString(System.nanoTime(), 36);
        Course course = catalogue.addCourse(new TrainingCatalogue.CourseDetails(title, "For team managers", "Supervision", "Managers",
                "Advanced", "Reflective supervision", 360, Course.Format.IN_PERSON, "Northshire Safeguarding Children Partnership", null, true));
        Instant start = LocalDate.now(Bookings.LONDON).plusDays(21).atTime(9, 30).atZone(Bookings.LONDON).toInstant();
        long session = catalogue.addSession(course.getId(), start, start.plus(Duration.ofHours(6)), "Northshire Civic Centre", null, 10,
                "Trainer", LocalDate.now(Bookings.LONDON).plusDays(14)).getId();

        signIn(Role.PRACTITIONER);
        open("/training/sessions/" + session + "/book");
        assertThat(page.locator("main")).containsText(text("booking.managerIntro"));
        page.locator("#managerName").fill("Morgan Reeves");
        page.locator("#managerEmail").fill("morgan.reeves@riverside.example");
        submit(text("booking.confirm"));
        waitForPath("/training/my-bookings");
        assertThat(page.locator(".govuk-panel__title")).hasText(text("booking.heldTitle"));
        assertThat(page.locator("main table")).containsText(text("booking.status.AWAITING_APPROVAL"));
        assertNoAxeViolations(page, "approval-01-place-held");
        signOut();

        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
        MimeMessage toManager = smtp.getReceivedMessagesForDomain("morgan.reeves@riverside.example")[0];
        Matcher link = Pattern.compile("/training/approvals/[A-Za-z0-9_-]{43}").matcher(GreenMailUtil.getBody(toManager).replace("=\r\n", ""));
        assertTrue(link.find(), "the email holds the link");
        String path = link.group();

        assertEquals(200, open(path).status());
        assertHeading(text("approval.title"));
        assertThat(page.locator("main .govuk-summary-list")).containsText(title);
        assertNoAxeViolations(page, "approval-02-manager-page");

        submit(text("approval.submit"));
        assertSummaryLinksToFields(List.of(new FieldError("decision", text("booking.refused.approvalDecision"))));
        assertNoAxeViolations(page, "approval-03-no-answer");

        radio(text("approval.decline"), "decision", "DECLINE").check();
        assertThat(page.locator("#reason")).isVisible();
        submit(text("approval.submit"));
        assertSummaryLinksToFields(List.of(new FieldError("reason", text("booking.refused.approvalReasonMissing"))));
        assertThat(page.locator("#decision-decline")).isChecked();
        assertNoAxeViolations(page, "approval-04-no-reason");

        page.locator("#reason").fill("Our team is short-staffed that week; please book the March date.");
        submit(text("approval.submit"));
        assertThat(page.locator(".govuk-panel__title")).hasText(text("approval.declinedPanel"));
        assertThat(page.locator("main")).containsText(text("approval.statusDeclined"));
        assertThat(page.locator("main form")).hasCount(0);
        assertNoAxeViolations(page, "approval-05-declined");

        page.setViewportSize(320, 640);
        open(path);
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        screenshot(page, "approval-06-320px");
        assertTrue(scrollWidth <= 320, "the manager's page reflows at 320 px (scrollWidth " + scrollWidth + ")");
        page.setViewportSize(1280, 900);

        signIn(Role.PRACTITIONER);
        open("/training/my-bookings");
        assertThat(page.locator("main table")).containsText(text("booking.status.NOT_APPROVED"));
        assertThat(page.locator("main table")).containsText("short-staffed");
        assertNoAxeViolations(page, "approval-07-practitioner-sees-why");
        signOut();
    }
}
