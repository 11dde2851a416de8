package org.partnershiphub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.partnershiphub.training.internal.Bookings;
import org.partnershiphub.training.internal.Course;
import org.partnershiphub.training.internal.TrainingCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Booking as practitioners do it, over HTTP with a real SMTP server: a place with an .ics invitation, the waiting list,
 * a late cancellation charged to the home agency, the freed place offered and accepted, and the refusals.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3928"})
@AutoConfigureMockMvc
class TrainingJourneyTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3928, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrainingCatalogue catalogue;
    @Autowired Bookings bookings;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private long session(String title, int places, Instant start, LocalDate deadline) {
        Course course = catalogue.addCourse(new TrainingCatalogue.CourseDetails(title, "Recognising neglect", "Neglect", "All practitioners",
                "Introductory", "Spot the signs", 180, Course.Format.IN_PERSON, "Northshire Safeguarding Children Partnership", null, false));
        return catalogue.addSession(course.getId(), start, start.plus(Duration.ofHours(3)), "Northshire Civic Centre", null, places, "Trainer",
                deadline).getId();
    }

    private MvcResult book(long session, UserDetails who) throws Exception {
        return mvc.perform(post("/training/sessions/" + session + "/book").with(csrf()).with(user(who))).andReturn();
    }

    @Test
    void bookWaitCancelLateOfferAndAccept() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        // tomorrow morning: cancelling now is late (fewer than 3 working days before)
        Instant start = LocalDate.now(Bookings.LONDON).plusDays(1).atTime(10, 0).atZone(Bookings.LONDON).toInstant();
        long session = session("Neglect " + run, 1, start, LocalDate.now(Bookings.LONDON));
        UserDetails practitioner = as(Role.PRACTITIONER);
        UserDetails lead = as(Role.AGENCY_LEAD);

        assertThat(mvc.perform(get("/training")).andReturn().getResponse().getContentAsString()).contains("Neglect " + run)
                .contains("govuk-exit-this-page");
        assertThat(book(session, practitioner).getResponse().getRedirectedUrl()).isEqualTo("/training/my-bookings");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage confirmation = smtp.getReceivedMessagesForDomain(demo.forRole(Role.PRACTITIONER).email())[0];
        assertThat(confirmation.getSubject()).isEqualTo("Place booked: Neglect " + run);
        MimeMultipart parts = (MimeMultipart) confirmation.getContent();
        String ics = GreenMailUtil.getBody(parts.getBodyPart(1));
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("SUMMARY:Neglect " + run).contains("LOCATION:Northshire Civic Centre");

        String again = book(session, practitioner).getResponse().getContentAsString();
        assertThat(again).contains("You have already booked this session");
        String waiting = mvc.perform(post("/training/sessions/" + session + "/book").with(csrf()).with(user(lead))).andReturn()
                .getFlashMap().get("bookedPosition").toString();
        assertThat(waiting).isEqualTo("1");

        long practitionerBooking = jdbc.queryForObject("select id from training_booking where session_id = ? and status = 'CONFIRMED'",
                Long.class, session);
        // someone else's booking cannot be cancelled, and the attempt is recorded
        assertThat(mvc.perform(post("/training/bookings/" + practitionerBooking + "/cancel").with(csrf()).with(user(lead))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'TrainingBooking' "
                + "and record_id = ?", Long.class, String.valueOf(practitionerBooking))).isEqualTo(1);

        assertThat(mvc.perform(get("/training/bookings/" + practitionerBooking + "/cancel").with(user(practitioner))).andReturn()
                .getResponse().getContentAsString()).contains("Your agency will be charged £50.00");
        mvc.perform(post("/training/bookings/" + practitionerBooking + "/cancel").with(csrf()).with(user(practitioner)));
        assertThat(jdbc.queryForObject("select charge_pence from training_booking where id = ?", Integer.class, practitionerBooking)).isEqualTo(5000);
        String myBookings = mvc.perform(get("/training/my-bookings").with(user(practitioner))).andReturn().getResponse().getContentAsString();
        assertThat(myBookings).contains("Charge to your agency: £50.00").contains("Cancelled");

        // the freed place goes to the first person waiting, who accepts it
        long leadBooking = jdbc.queryForObject("select id from training_booking where session_id = ? and status = 'OFFERED'", Long.class, session);
        assertThat(mvc.perform(get("/training/my-bookings").with(user(lead))).andReturn().getResponse().getContentAsString())
                .contains("Place offered").contains("Accept the place");
        mvc.perform(post("/training/bookings/" + leadBooking + "/accept").with(csrf()).with(user(lead)));
        assertThat(jdbc.queryForObject("select status from training_booking where id = ?", String.class, leadBooking)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select taken from training_session where id = ?", Integer.class, session)).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(10_000, 5)).isTrue();
        assertThat(smtp.getReceivedMessagesForDomain(demo.forRole(Role.AGENCY_LEAD).email())).extracting(MimeMessage::getSubject)
                .contains("Waiting list: Neglect " + run, "A place is free: Neglect " + run, "Place booked: Neglect " + run);

        // the charge is on the agency's invoice
        String csv = mvc.perform(get("/training/charges.csv").with(user(as(Role.BUSINESS_UNIT)))).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"Riverside Academy Trust\",\"Neglect " + run + "\"").contains("\"LATE_CANCELLATION\",\"50.00\",\"No\"");
    }

    @Test
    void badStepsAreRefusedWithAMessage() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Instant start = LocalDate.now(Bookings.LONDON).plusDays(20).atTime(10, 0).atZone(Bookings.LONDON).toInstant();
        long closed = session("Closed " + run, 10, start, LocalDate.now(Bookings.LONDON).minusDays(1));
        assertThat(book(closed, as(Role.PRACTITIONER)).getResponse().getContentAsString()).contains("Booking for this session closed on");
        assertThat(jdbc.queryForObject("select count(*) from training_booking where session_id = ?", Integer.class, closed)).isZero();

        long open = session("Open " + run, 2, start, LocalDate.now(Bookings.LONDON).plusDays(10));
        book(open, as(Role.PRACTITIONER));
        book(open, as(Role.AGENCY_LEAD));
        UserDetails bu = as(Role.BUSINESS_UNIT);
        MvcResult lower = mvc.perform(post("/training/sessions/" + open + "/capacity").with(csrf()).with(user(bu)).param("capacity", "1")).andReturn();
        assertThat(lower.getFlashMap().get("capacityError")).isEqualTo("booking.refused.capacityBelowBookings");
        assertThat(mvc.perform(get("/training/sessions/" + open).with(user(bu)).flashAttrs(lower.getFlashMap())).andReturn().getResponse()
                .getContentAsString()).contains("The number of places cannot be fewer than the 2 places already taken").contains("value=\"1\"");
        assertThat(jdbc.queryForObject("select capacity from training_session where id = ?", Integer.class, open)).isEqualTo(2);

        // raising the capacity offers the new place to the waiting list
        book(open, as(Role.SUBGROUP_MEMBER));
        mvc.perform(post("/training/sessions/" + open + "/capacity").with(csrf()).with(user(bu)).param("capacity", "3"));
        assertThat(jdbc.queryForObject("select status from training_booking where session_id = ? and person_id = (select id from user_account "
                + "where email = ?)", String.class, open, demo.forRole(Role.SUBGROUP_MEMBER).email())).isEqualTo("OFFERED");
    }

    @Test
    void theRegisterOpensAtTheStartChargesNoShowsAndReleasesCertificatesOnAttendance() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Instant start = LocalDate.now(Bookings.LONDON).plusDays(20).atTime(10, 0).atZone(Bookings.LONDON).toInstant();
        long session = session("Register " + run, 5, start, LocalDate.now(Bookings.LONDON).plusDays(10));
        UserDetails practitioner = as(Role.PRACTITIONER);
        UserDetails lead = as(Role.AGENCY_LEAD);
        book(session, practitioner);
        book(session, lead);
        long attended = jdbc.queryForObject("select id from training_booking where session_id = ? and person_id = (select id from user_account "
                + "where email = ?)", Long.class, session, demo.forRole(Role.PRACTITIONER).email());
        long absent = jdbc.queryForObject("select id from training_booking where session_id = ? and id <> ?", Long.class, session, attended);
        UserDetails bu0 = as(Role.BUSINESS_UNIT);
        // before the session starts nobody can be marked as attending, and the register page says so
        assertThat(mvc.perform(post("/training/sessions/" + session + "/register").with(csrf()).with(user(bu0))
                .param("mark-" + attended, "ATTENDED")).andReturn().getFlashMap().get("problem")).isEqualTo("booking.refused.registerBeforeStart");
        assertThat(jdbc.queryForObject("select attendance from training_booking where id = ?", String.class, attended)).isNull();
        assertThat(mvc.perform(get("/training/sessions/" + session + "/register").with(user(bu0))).andReturn().getResponse()
                .getContentAsString()).contains("The register opens when the session starts").doesNotContain("Save the register");
        assertThat(mvc.perform(get("/training/bookings/" + attended + "/certificate").with(user(practitioner))).andReturn().getFlashMap()
                .get("problem")).isEqualTo("booking.refused.notAttended");
        // the session has now taken place
        jdbc.update("update training_session set starts_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), session);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        mvc.perform(post("/training/sessions/" + session + "/register").with(csrf()).with(user(bu))
                .param("mark-" + attended, "ATTENDED").param("mark-" + absent, "DID_NOT_ATTEND").param("mark-999999999", "ATTENDED"));
        assertThat(jdbc.queryForObject("select charge_pence from training_booking where id = ?", Integer.class, absent)).isEqualTo(5000);
        assertThat(jdbc.queryForObject("select charge_reason from training_booking where id = ?", String.class, absent)).isEqualTo("NO_SHOW");
        assertThat(jdbc.queryForObject("select charge_pence from training_booking where id = ?", Integer.class, attended)).isNull();
        // marked by mistake: marking them as late removes the no-show charge; a waiver keeps the charge on record
        mvc.perform(post("/training/sessions/" + session + "/register").with(csrf()).with(user(bu)).param("mark-" + absent, "LATE"));
        assertThat(jdbc.queryForObject("select charge_pence from training_booking where id = ?", Integer.class, absent)).isNull();
        mvc.perform(post("/training/sessions/" + session + "/register").with(csrf()).with(user(bu)).param("mark-" + absent, "DID_NOT_ATTEND"));
        mvc.perform(post("/training/bookings/" + absent + "/waive").with(csrf()).with(user(bu)).param("reason", "Called in to an emergency"));
        assertThat(jdbc.queryForObject("select charge_waived from training_booking where id = ?", Boolean.class, absent)).isTrue();

        // once attended: no cancelling, and the certificate and the evaluation open (the certificate needs no evaluation first)
        assertThat(mvc.perform(post("/training/bookings/" + attended + "/cancel").with(csrf()).with(user(practitioner))).andReturn().getFlashMap()
                .get("problem")).isEqualTo("booking.refused.attended");
        assertThat(mvc.perform(get("/training/bookings/" + attended + "/cancel").with(user(practitioner))).andReturn().getFlashMap()
                .get("problem")).isEqualTo("booking.refused.attended");
        assertThat(jdbc.queryForObject("select status from training_booking where id = ?", String.class, attended)).isEqualTo("CONFIRMED");
        String bookingsPage = mvc.perform(get("/training/my-bookings").with(user(practitioner))).andReturn().getResponse().getContentAsString();
        assertThat(bookingsPage).contains("/training/bookings/" + attended + "/certificate").contains("/training/bookings/" + attended + "/evaluation")
                .doesNotContain("/training/bookings/" + attended + "/cancel");
        assertThat(mvc.perform(get("/training/bookings/" + attended + "/certificate").with(user(practitioner))).andReturn().getResponse()
                .getContentAsString()).contains("Certificate of attendance").contains("Register " + run).contains("TRN-" + attended);
        MvcResult pdf = mvc.perform(get("/training/bookings/" + attended + "/certificate.pdf").with(user(practitioner))).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class,
                    demo.forRole(Role.PRACTITIONER).email());
            assertThat(text).contains("Certificate of attendance").contains(name).contains("Register " + run)
                    .contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                            .format(LocalDate.now(Bookings.LONDON).minusDays(1)))
                    .contains("Northshire Safeguarding Children Partnership").contains("TRN-" + attended);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'TrainingBooking' "
                + "and record_id = ?", Integer.class, String.valueOf(attended))).isEqualTo(1);
        // someone else's certificate is refused; a no-show has none
        assertThat(mvc.perform(get("/training/bookings/" + attended + "/certificate.pdf").with(user(lead))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/training/bookings/" + absent + "/certificate.pdf").with(user(lead))).andReturn().getFlashMap()
                .get("problem")).isEqualTo("booking.refused.notAttended");
        assertThat(mvc.perform(get("/training/bookings/" + absent + "/evaluation").with(user(lead))).andReturn().getFlashMap()
                .get("problem")).isEqualTo("booking.refused.notYetEvaluable");
        mvc.perform(post("/training/bookings/" + attended + "/evaluation").with(csrf()).with(user(practitioner)).param("rating", "4")
                .param("confidenceBefore", "2").param("confidenceAfter", "4").param("willDo", "Ask about the child's lived experience"));
        assertThat(mvc.perform(get("/training/bookings/" + attended + "/certificate").with(user(practitioner))).andReturn().getResponse()
                .getContentAsString()).contains("Certificate of attendance").contains("Register " + run);
        long course = jdbc.queryForObject("select course_id from training_session where id = ?", Long.class, session);
        assertThat(mvc.perform(get("/training/courses/" + course + "/evaluation").with(user(bu))).andReturn().getResponse().getContentAsString())
                .contains("Ask about the child&#39;s lived experience").contains("<svg");
    }

    @Autowired org.partnershiphub.training.internal.TrainingReminders reminders;

    @Test
    void remindersBeforeTheSessionAndTheFollowUpRequestGoOnce() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(Bookings.LONDON);
        Instant soon = today.plusDays(1).atTime(14, 0).atZone(Bookings.LONDON).toInstant();
        long session = session("Reminder " + run, 5, soon, today);
        UserDetails member = as(Role.SUBGROUP_MEMBER);
        book(session, member);
        String email = demo.forRole(Role.SUBGROUP_MEMBER).email();
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();

        long past = session("Follow-up " + run, 5, soon, today);
        book(past, member);
        long booking = jdbc.queryForObject("select id from training_booking where session_id = ?", Long.class, past);
        jdbc.update("update training_session set starts_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(43))), past);
        jdbc.update("update training_booking set attendance = 'ATTENDED', reminded_at = current_timestamp where id = ?", booking);
        jdbc.update("insert into training_evaluation (booking_id, rating, confidence_before, confidence_after, submitted_at) values (?, 4, 2, 4, ?)",
                booking, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(43))));

        reminders.send(today);
        assertThat(smtp.waitForIncomingEmail(10_000, 4)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).extracting(MimeMessage::getSubject).contains("Has Follow-up " + run + " changed your practice?")
                .anyMatch(subject -> subject.startsWith("Reminder: Reminder " + run));
        int before = smtp.getReceivedMessages().length;
        reminders.send(today);
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(before);
    }
}
