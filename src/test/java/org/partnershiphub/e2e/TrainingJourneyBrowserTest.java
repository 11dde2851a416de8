package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts.DemoAccount;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The training programme in the browser, every page and every error state scanned with axe-core: the business unit
 * adds a course (refused empty, typed values kept) and a date tomorrow with 2 places, and a second course next month;
 * an anonymous visitor finds the course on the public calendar (with "Exit this page"), filters by month and topic and
 * gets the iCalendar feed; a practitioner books, gets the email with the .ics invitation, is refused booking twice,
 * cancels late and sees the £50.00 charge; the agency lead books, the business unit marks the register; once the
 * session has started the register opens (not before) and, the session over, the agency lead evaluates it (refused
 * empty) and opens the certificate; the business unit sees the
 * evaluation results (chart and table) and the training reach.
 *
 * <p>The date is tomorrow so that cancelling is late (fewer than 3 working days before). To evaluate, the session
 * must have started: the test moves its start into the past in the database before the register is marked.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3931"})
class TrainingJourneyBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3931, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String COURSE = "Neglect: noticing and acting together";
    private static final String OTHER_COURSE = "Child exploitation and county lines";
    private static final String PARTNERSHIP = "Northshire Safeguarding Children Partnership";
    private static final String VENUE = "Northshire Civic Centre, Committee Room 2";
    private static final String COMMENT = "Use the neglect toolkit at the first sign of concern and record what I see";

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate tomorrow = LocalDate.now(LONDON).plusDays(1);
    /** A month after tomorrow: always a different calendar month from the first session. */
    private final LocalDate later = tomorrow.plusMonths(1);

    /** When the session took place, once it has been moved into the past. */
    private Instant heldOn;

    @Test
    void aPractitionerBooksCancelsLateAndAColleagueAttendsEvaluatesAndGetsACertificate() {
        signIn(Role.BUSINESS_UNIT);
        long courseId = addTheCourse();
        long sessionId = addTheDate(courseId);
        addAnotherCourseNextMonth();
        signOut();

        aVisitorFindsTheCourse(courseId);

        DemoAccount practitioner = signIn(Role.PRACTITIONER);
        long practitionerBooking = bookFromTheCalendar(sessionId, practitioner);
        theInvitationArrives(practitioner);
        bookingAgainIsRefused(courseId, sessionId);
        cancelLateAndSeeTheCharge(practitionerBooking);
        signOut();

        DemoAccount lead = signIn(Role.AGENCY_LEAD);
        open("/training/courses/" + courseId);
        long leadBooking = book(sessionId, "agency-lead");
        signOut();

        signIn(Role.BUSINESS_UNIT);
        markTheRegister(courseId, sessionId, lead, practitioner);
        signOut();

        signIn(Role.AGENCY_LEAD);
        evaluateAndOpenTheCertificate(leadBooking, lead);
        signOut();

        signIn(Role.BUSINESS_UNIT);
        seeTheResultsAndTheReach(courseId);
        signOut();
    }

    // 1. The business unit adds the course and its dates -----------------------------------------------------------------

    private long addTheCourse() {
        open("/training/manage");
        assertHeading(text("training.manage"));
        assertNoAxeViolations(page, "training-01-manage");

        follow(link(text("course.add")));
        waitForPath("/training/courses/new");
        assertHeading(text("course.add"));
        assertNoAxeViolations(page, "training-02-course-new");

        // Empty: every required answer is asked for.
        submit(text("common.save"));
        waitForPath("/training/courses");
        assertThat(page).hasTitle(text("page.titleWithError", text("course.add")));
        assertSummaryLinksToFields(List.of(
                new FieldError("title", text("course.error.title")),
                new FieldError("summary", text("course.error.summary")),
                new FieldError("format", text("course.error.format")),
                new FieldError("provider", text("course.error.provider"))));
        assertNoAxeViolations(page, "training-03-course-errors");

        // Partly filled, with a duration that is not a number: what was typed is kept.
        page.locator("#title").fill(COURSE);
        page.locator("#topic").fill("Neglect");
        page.locator("#durationMinutes").fill("half a day");
        submit(text("common.save"));
        waitForPath("/training/courses");
        assertSummaryLinksToFields(List.of(
                new FieldError("summary", text("course.error.summary")),
                new FieldError("format", text("course.error.format")),
                new FieldError("provider", text("course.error.provider")),
                new FieldError("durationMinutes", text("course.error.duration"))));
        assertThat(page.locator("#title")).hasValue(COURSE);
        assertThat(page.locator("#topic")).hasValue("Neglect");
        assertThat(page.locator("#durationMinutes")).hasValue("half a day");
        assertNoAxeViolations(page, "training-04-course-errors-kept");

        page.locator("#summary").fill("How neglect shows itself in children of every age, how it is assessed with the "
                + "partnership's neglect toolkit, and what to do when you are worried.");
        radio(text("course.format.IN_PERSON"), "format", "IN_PERSON").check();
        page.locator("#provider").fill(PARTNERSHIP);
        page.locator("#audience").fill("All practitioners");
        page.locator("#level").fill("Introductory");
        page.locator("#outcomes").fill("Recognise the signs of neglect\nUse the neglect toolkit\nKnow when and how to refer");
        page.locator("#durationMinutes").fill("180");
        submit(text("common.save"));

        waitForPath("/training/courses/\\d+/sessions/new");
        long courseId = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/training/courses/(\\d+)/sessions/new$", "$1"));
        assertSuccess(text("course.saved"));
        assertThat(page.locator("main .govuk-caption-l")).hasText(COURSE);
        assertHeading(text("session.add"));
        assertNoAxeViolations(page, "training-05-session-new");
        return courseId;
    }

    private long addTheDate(long courseId) {
        // A date in the past is refused; the other answers are kept.
        LocalDate yesterday = tomorrow.minusDays(2);
        fillDate("date", yesterday);
        page.locator("#capacity").fill("2");
        page.locator("#venue").fill(VENUE);
        page.locator("#facilitator").fill("Priya Lockwood, Named Nurse");
        submit(text("session.publish"));
        waitForPath("/training/courses/" + courseId + "/sessions");
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("session.add") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(List.of(new FieldError("date", text("session.error.past"))));
        assertThat(page.locator("#venue")).hasValue(VENUE);
        assertThat(page.locator("#capacity")).hasValue("2");
        assertNoAxeViolations(page, "training-06-session-past-date");

        fillDate("date", tomorrow);
        submit(text("session.publish"));
        waitForPath("/training/sessions/\\d+");
        long sessionId = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/training/sessions/", ""));
        assertSuccess(text("session.saved"));
        assertThat(page.locator("main .govuk-caption-l")).hasText(COURSE);
        assertHeading(longDate(tomorrow) + ", 9:30am");
        assertThat(page.locator("main .govuk-summary-list")).containsText(VENUE);
        assertThat(page.locator("main .govuk-summary-list")).containsText(text("session.taken", 0, 2));
        assertThat(page.locator("main")).containsText(text("session.noBookings"));
        assertNoAxeViolations(page, "training-07-session");
        return sessionId;
    }

    private void addAnotherCourseNextMonth() {
        open("/training/courses/new");
        page.locator("#title").fill(OTHER_COURSE);
        page.locator("#summary").fill("Criminal and sexual exploitation, county lines and contextual safeguarding.");
        radio(text("course.format.ONLINE"), "format", "ONLINE").check();
        page.locator("#provider").fill(PARTNERSHIP);
        page.locator("#topic").fill("Exploitation");
        submit(text("common.save"));
        waitForPath("/training/courses/\\d+/sessions/new");
        fillDate("date", later);
        page.locator("#startTime").fill("13:30");
        page.locator("#endTime").fill("16:00");
        page.locator("#onlineLink").fill("https://meet.example.org/exploitation");
        submit(text("session.publish"));
        waitForPath("/training/sessions/\\d+");
        assertSuccess(text("session.saved"));

        open("/training/manage");
        Locator section = courseSection(COURSE);
        assertThat(section).containsText(shortDate(tomorrow));
        assertThat(section).containsText(text("training.placesLeft", 2));
        assertThat(courseSection(OTHER_COURSE)).containsText(shortDate(later));
        assertNoAxeViolations(page, "training-08-manage-with-courses");
    }

    // 2. Anyone finds it on the public calendar ------------------------------------------------------------------------

    private void aVisitorFindsTheCourse(long courseId) {
        open("/training");
        assertHeading(text("training.title"));
        assertThat(exitThisPage()).isVisible();
        assertThat(listing(COURSE)).hasCount(1);
        assertThat(listing(COURSE)).containsText(longDate(tomorrow));
        assertThat(listing(COURSE)).containsText(VENUE);
        assertThat(listing(COURSE)).containsText(text("training.placesLeft", 2));
        assertThat(listing(OTHER_COURSE)).hasCount(1);
        assertNoAxeViolations(page, "training-09-calendar");

        // By month: tomorrow's month shows the neglect course, not next month's.
        page.locator("#month").selectOption(YearMonth.from(tomorrow).toString());
        submit(text("training.applyFilter"));
        waitForPath("/training\\?.*month=" + YearMonth.from(tomorrow) + ".*");
        assertThat(page.locator("#month")).hasValue(YearMonth.from(tomorrow).toString());
        assertThat(listing(COURSE)).hasCount(1);
        assertThat(listing(OTHER_COURSE)).hasCount(0);
        assertNoAxeViolations(page, "training-10-calendar-by-month");

        page.locator("#month").selectOption(YearMonth.from(later).toString());
        submit(text("training.applyFilter"));
        assertThat(listing(COURSE)).hasCount(0);
        assertThat(listing(OTHER_COURSE)).hasCount(1);

        // By topic, any month.
        page.locator("#month").selectOption("");
        page.locator("#topic").selectOption(new SelectOption().setLabel("Neglect"));
        submit(text("training.applyFilter"));
        waitForPath("/training\\?.*topic=Neglect.*");
        assertThat(listing(COURSE)).hasCount(1);
        assertThat(listing(OTHER_COURSE)).hasCount(0);
        page.locator("#topic").selectOption(new SelectOption().setLabel("Exploitation"));
        submit(text("training.applyFilter"));
        assertThat(listing(COURSE)).hasCount(0);
        assertThat(listing(OTHER_COURSE)).hasCount(1);
        assertNoAxeViolations(page, "training-11-calendar-by-topic");

        // The feed: an iCalendar with the course in it.
        String feed = link(text("training.feed")).getAttribute("href");
        APIResponse ics = page.request().get(feed);
        assertEquals(200, ics.status());
        assertTrue(ics.headers().get("content-type").startsWith("text/calendar"), "the feed is text/calendar: " + ics.headers());
        assertTrue(ics.text().contains("BEGIN:VCALENDAR"), ics.text());
        assertTrue(unfold(ics.text()).contains("SUMMARY:" + COURSE), ics.text());

        // The course page lists its dates, with a link to book each.
        open("/training");
        follow(listing(COURSE).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(COURSE).setExact(true)));
        waitForPath("/training/courses/" + courseId);
        assertHeading(COURSE);
        assertThat(exitThisPage()).isVisible();
        assertThat(page.locator("main .govuk-summary-list")).containsText(text("course.minutes", 180));
        Locator date = page.locator("main table tbody tr");
        assertThat(date).hasCount(1);
        assertThat(date).containsText(longDate(tomorrow));
        assertThat(date).containsText(VENUE);
        assertThat(bookLink()).isVisible();
        assertNoAxeViolations(page, "training-12-course");
    }

    // 3. The practitioner books and gets the invitation ----------------------------------------------------------------

    private long bookFromTheCalendar(long sessionId, DemoAccount practitioner) {
        follow(page.locator(".govuk-service-navigation")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("nav.training")).setExact(true)));
        waitForPath("/training");
        assertThat(page.locator("main")).containsText(text("training.myBookings"));
        follow(listing(COURSE).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(COURSE).setExact(true)));
        return book(sessionId, "practitioner");
    }

    /** From the course page: the date's "Book" link, the booking page, "Book a place"; returns the booking's id. */
    private long book(long sessionId, String screenshotSuffix) {
        follow(bookLink());
        waitForPath("/training/sessions/" + sessionId + "/book");
        assertHeading(text("booking.title"));
        assertThat(page.locator("main .govuk-caption-l")).hasText(COURSE);
        Locator details = page.locator("main .govuk-summary-list");
        assertThat(details).containsText(longDate(tomorrow) + ", 9:30am to 12:30pm");
        assertThat(details).containsText(VENUE);
        assertThat(details).containsText(text("session.deadline"));
        assertThat(page.locator("main")).containsText(text("booking.cancellationRules"));
        assertNoAxeViolations(page, "training-13-book-" + screenshotSuffix);

        submit(text("booking.confirm"));
        waitForPath("/training/my-bookings");
        Locator panel = page.locator(".govuk-panel--confirmation");
        assertThat(panel.locator(".govuk-panel__title")).hasText(text("booking.confirmedTitle"));
        assertThat(panel.locator(".govuk-panel__body")).hasText(text("booking.confirmedBody", COURSE));
        Locator row = bookingRow(COURSE);
        assertThat(row).containsText(text("booking.status.CONFIRMED"));
        assertThat(row).containsText(shortDate(tomorrow));
        assertNoAxeViolations(page, "training-14-booked-" + screenshotSuffix);
        Locator cancel = row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("booking.cancel") + " " + COURSE).setExact(true));
        String href = cancel.getAttribute("href");
        return Long.parseLong(href.replaceAll("^/training/bookings/(\\d+)/cancel$", "$1"));
    }

    private void theInvitationArrives(DemoAccount practitioner) {
        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "the booking email arrives");
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessagesForDomain(practitioner.email()))
                .filter(m -> subject(m).equals("Place booked: " + COURSE)).findFirst().orElse(null);
        assertNotNull(mail, "an email \"Place booked: " + COURSE + "\" to " + practitioner.email() + " among "
                + Arrays.stream(smtp.getReceivedMessages()).map(TrainingJourneyBrowserTest::subject).toList());
        try {
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            BodyPart calendar = null;
            List<String> types = new ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                types.add(parts.getBodyPart(i).getContentType());
                if (parts.getBodyPart(i).getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
                    calendar = parts.getBodyPart(i);
                }
            }
            assertNotNull(calendar, "a text/calendar attachment among " + types);
            String ics = unfold(GreenMailUtil.getBody(calendar));
            assertTrue(ics.contains("BEGIN:VCALENDAR"), ics);
            assertTrue(ics.contains("SUMMARY:" + COURSE), ics);
        } catch (Exception e) {
            throw new AssertionError("could not read the booking email", e);
        }
    }

    private void bookingAgainIsRefused(long courseId, long sessionId) {
        open("/training/courses/" + courseId);
        follow(bookLink());
        waitForPath("/training/sessions/" + sessionId + "/book");
        submit(text("booking.confirm"));
        waitForPath("/training/sessions/" + sessionId + "/book");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText(text("booking.refused.alreadyBooked"));
        assertThat(summary).isFocused();
        assertNoAxeViolations(page, "training-15-book-again-refused");
    }

    // 4. ... and cancels late ------------------------------------------------------------------------------------------

    private void cancelLateAndSeeTheCharge(long bookingId) {
        open("/training/my-bookings");
        follow(bookingRow(COURSE).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("booking.cancel") + " " + COURSE).setExact(true)));
        waitForPath("/training/bookings/" + bookingId + "/cancel");
        assertHeading(text("booking.cancelTitle"));
        assertThat(page.locator("main .govuk-caption-l")).hasText(COURSE);
        assertThat(page.locator("main")).containsText(longDate(tomorrow) + ", 9:30am");
        assertThat(page.locator("main .govuk-warning-text")).containsText("Your agency will be charged £50.00");
        assertNoAxeViolations(page, "training-16-cancel-late");

        submit(text("booking.cancelConfirm"));
        waitForPath("/training/my-bookings");
        assertSuccess(text("booking.cancelledLate"));
        Locator row = bookingRow(COURSE);
        assertThat(row).containsText(text("booking.status.CANCELLED"));
        assertThat(row).containsText("Charge to your agency: £50.00");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("booking.cancel") + " " + COURSE))).hasCount(0);
        assertNoAxeViolations(page, "training-17-cancelled-charged");
    }

    // 5. The business unit marks the register --------------------------------------------------------------------------

    private void markTheRegister(long courseId, long sessionId, DemoAccount lead, DemoAccount practitioner) {
        open("/training/manage");
        follow(courseSection(COURSE).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(shortDate(tomorrow) + ", 9:30am")));
        waitForPath("/training/sessions/" + sessionId);
        assertThat(page.locator("main .govuk-summary-list")).containsText(text("session.taken", 1, 2));
        Locator cancelled = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(practitioner.name()));
        assertThat(cancelled).containsText(text("booking.status.CANCELLED"));
        assertThat(cancelled).containsText(text("booking.chargeLine", "50.00", text("booking.chargeReason.LATE_CANCELLATION")));
        Locator booked = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(lead.name()));
        assertThat(booked).containsText(text("booking.status.CONFIRMED"));
        assertThat(booked).containsText("Riverside Academy Trust");
        assertNoAxeViolations(page, "training-18-session-bookings");

        follow(link(text("register.title")));
        waitForPath("/training/sessions/" + sessionId + "/register");
        assertHeading(text("register.title"));
        // before the session starts nobody can be marked as attending
        assertThat(page.locator("main .govuk-inset-text")).hasText(text("register.notYetOpen"));
        assertThat(page.locator("main fieldset")).hasCount(0);
        assertNoAxeViolations(page, "training-19-register-not-yet-open");
        theSessionIsOver(sessionId);
        page.reload();
        assertThat(page.locator("main fieldset")).hasCount(1);
        Locator person = page.locator("main fieldset").filter(new Locator.FilterOptions().setHasText(lead.name()));
        assertThat(person.locator("legend")).containsText("Riverside Academy Trust");
        assertThat(page.locator("main")).not().containsText(practitioner.name());
        assertNoAxeViolations(page, "training-19-register");

        person.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(text("register.ATTENDED")).setExact(true)).check();
        submit(text("register.save"));
        waitForPath("/training/sessions/" + sessionId);
        assertSuccess(text("register.saved"));
        assertThat(page.locator("main table tbody tr")).hasCount(2);
        assertThat(page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(lead.name())))
                .containsText(text("register.ATTENDED"));
        assertNoAxeViolations(page, "training-20-register-saved");

        open("/training/sessions/" + sessionId + "/register");
        assertThat(page.locator("main fieldset").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(text("register.ATTENDED")).setExact(true))).isChecked();
    }

    /** The session has taken place: its start moves into the past, so those who attended may evaluate it. */
    private void theSessionIsOver(long sessionId) {
        heldOn = Instant.now().minus(Duration.ofHours(4));
        assertEquals(1, jdbc.update("update training_session set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(heldOn), Timestamp.from(heldOn.plus(Duration.ofHours(3))), sessionId));
    }

    // 6. The agency lead evaluates and gets the certificate ------------------------------------------------------------

    private void evaluateAndOpenTheCertificate(long bookingId, DemoAccount lead) {
        follow(page.locator("main").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("dashboard.training.link")).setExact(true)));
        waitForPath("/training/my-bookings");
        Locator row = bookingRow(COURSE);
        assertThat(row).containsText(text("booking.status.CONFIRMED"));
        assertThat(row).containsText(text("register.ATTENDED"));
        Locator evaluate = row.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("evaluation.link") + " " + COURSE).setExact(true));
        assertThat(evaluate).isVisible();
        assertNoAxeViolations(page, "training-21-bookings-to-evaluate");

        follow(evaluate);
        waitForPath("/training/bookings/" + bookingId + "/evaluation");
        assertHeading(text("evaluation.title"));
        assertThat(page.locator("main .govuk-caption-l")).hasText(COURSE);
        assertNoAxeViolations(page, "training-22-evaluate");

        submit(text("evaluation.submit"));
        waitForPath("/training/bookings/" + bookingId + "/evaluation");
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("evaluation.title") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(List.of(
                new FieldError("rating", text("evaluation.error.rating")),
                new FieldError("confidenceBefore", text("evaluation.error.confidenceBefore")),
                new FieldError("confidenceAfter", text("evaluation.error.confidenceAfter"))));
        assertNoAxeViolations(page, "training-23-evaluate-errors");

        score("rating", text("evaluation.rating"), 5);
        score("confidenceBefore", text("evaluation.confidenceBefore"), 2);
        score("confidenceAfter", text("evaluation.confidenceAfter"), 4);
        page.locator("#willDo").fill(COMMENT);
        submit(text("evaluation.submit"));
        waitForPath("/training/bookings/" + bookingId + "/evaluation");
        assertSuccess(text("evaluation.saved"));
        assertThat(page.locator("main")).containsText(text("evaluation.thanks"));
        assertThat(page.locator("main")).containsText(text("evaluation.followUpLater"));
        assertThat(page.locator("main form")).hasCount(0);
        assertNoAxeViolations(page, "training-24-evaluated");

        follow(link(text("evaluation.certificate")));
        waitForPath("/training/bookings/" + bookingId + "/certificate");
        assertHeading(text("certificate.title"));
        assertThat(page.locator("main")).containsText(text("certificate.body", lead.name(), "Riverside Academy Trust", COURSE,
                shortDate(heldOn.atZone(LONDON).toLocalDate())));
        assertThat(page.locator("main")).containsText(text("certificate.duration", 180));
        assertNoAxeViolations(page, "training-25-certificate");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> link(text("certificate.download")).click());
        assertEquals("certificate-TRN-" + bookingId + ".pdf", download.suggestedFilename());
        try (var in = download.createReadStream()) {
            assertEquals("%PDF", new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Chooses a score in the fieldset with this legend, checking the radio has the name and value the server reads. */
    private void score(String field, String legend, int score) {
        Locator fieldset = page.locator("main fieldset").filter(new Locator.FilterOptions()
                .setHas(page.locator("legend").getByText(legend, new Locator.GetByTextOptions().setExact(true))));
        Locator radio = fieldset.getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(text("evaluation.score." + score)).setExact(true));
        assertThat(radio).hasAttribute("name", field);
        assertThat(radio).hasAttribute("value", String.valueOf(score));
        radio.check();
    }

    // 7. The business unit sees the results and the reach --------------------------------------------------------------

    private void seeTheResultsAndTheReach(long courseId) {
        open("/training/manage");
        follow(courseSection(COURSE).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("evaluation.results") + " " + COURSE).setExact(true)));
        waitForPath("/training/courses/" + courseId + "/evaluation");
        assertHeading(text("evaluation.results"));
        assertThat(page.locator("main .govuk-caption-l")).hasText(COURSE);
        Locator stats = page.locator("main .hub-stat");
        assertThat(stats.nth(0)).containsText("1");
        assertThat(stats.nth(0)).containsText(text("evaluation.responses"));
        assertThat(stats.nth(1)).containsText("5.0");
        assertThat(stats.nth(2)).containsText("2.0 → 4.0");

        Locator chart = page.locator("main figure svg[role=img]");
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("aria-label", text("evaluation.chartLabel"));
        assertThat(chart.locator("rect")).hasCount(5);
        assertTrue(((Number) chart.locator("rect").nth(4).evaluate("r => r.getBBox().width")).doubleValue() > 0, "the bar for 5 is drawn");

        Locator ratings = page.locator("main table").filter(new Locator.FilterOptions()
                .setHas(page.locator("caption").getByText(text("evaluation.ratingsHeading"), new Locator.GetByTextOptions().setExact(true))));
        Locator five = ratings.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text("evaluation.score.5")));
        assertThat(five.locator("td")).hasText("1");
        Locator one = ratings.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text("evaluation.score.1")));
        assertThat(one.locator("td")).hasText("0");
        assertThat(page.locator("main")).containsText(text("evaluation.followUps", 0));
        assertThat(page.locator("main")).containsText(COMMENT);
        assertNoAxeViolations(page, "training-26-evaluation-results");

        follow(link(text("training.manage")));
        waitForPath("/training/manage");
        follow(link(text("reach.title")));
        waitForPath("/training/reach");
        assertThat(page.locator("h1")).containsText(text("reach.title"));
        Locator byCourse = page.locator("main table").filter(new Locator.FilterOptions()
                .setHas(page.locator("caption").getByText(text("reach.byCourse"), new Locator.GetByTextOptions().setExact(true))));
        Locator courseRow = byCourse.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(COURSE));
        assertThat(courseRow).hasCount(1);
        // 2 places offered, 1 filled (the cancelled booking is not), 1 attended
        assertThat(courseRow.locator("td").last()).hasText(text("reach.cell", 2, 1, 1));
        assertNoAxeViolations(page, "training-27-reach");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static String longDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(day);
    }

    private static String shortDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day);
    }

    /** iCalendar folds long lines (a CRLF and a space); unfolded, a property reads on one line. */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "(unreadable)";
        }
    }

    private Locator listing(String title) {
        return page.locator("main li.hub-listing").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    private Locator courseSection(String title) {
        return page.locator("main section").filter(new Locator.FilterOptions()
                .setHas(page.locator("h2").getByText(title, new Locator.GetByTextOptions().setExact(true))));
    }

    private Locator bookingRow(String title) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(title));
    }

    /** The only date's "Book" link on a course page (its accessible name ends with the date). */
    private Locator bookLink() {
        return page.locator("main table").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(text("session.book") + " " + shortDate(tomorrow)).setExact(true));
    }

}
