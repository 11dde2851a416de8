package org.partnershiphub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

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
 * Manager approval as a real step, over HTTP with a real SMTP server: the manager is emailed a link (only its hash is
 * stored), opens it without an account, approves or declines with a reason; the place is held meanwhile and goes to
 * the next person when declined or not approved in time; the practitioner is told each time.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3937"})
@AutoConfigureMockMvc
class ManagerApprovalTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3937, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern LINK = Pattern.compile("/training/approvals/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrainingCatalogue catalogue;
    @Autowired Bookings bookings;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private long session(String title, int places) {
        Course course = catalogue.addCourse(new TrainingCatalogue.CourseDetails(title, "Supervising child protection work", "Supervision",
                "Managers", "Advanced", "Reflective supervision", 360, Course.Format.IN_PERSON, "Northshire Safeguarding Children Partnership", null,
                true));
        Instant start = LocalDate.now(Bookings.LONDON).plusDays(14).atTime(9, 30).atZone(Bookings.LONDON).toInstant();
        return catalogue.addSession(course.getId(), start, start.plus(Duration.ofHours(6)), "Northshire Civic Centre", null, places, "Trainer",
                LocalDate.now(Bookings.LONDON).plusDays(10)).getId();
    }

    private MvcResult book(long session, UserDetails who, String manager, String email) throws Exception {
        return mvc.perform(post("/training/sessions/" + session + "/book").with(csrf()).with(user(who)).param("managerName", manager)
                .param("managerEmail", email)).andReturn();
    }

    private long bookingOf(long session, Role role) {
        return jdbc.queryForObject("select id from training_booking where session_id = ? and person_id = (select id from user_account "
                + "where email = ?)", Long.class, session, demo.forRole(role).email());
    }

    private String status(long booking) {
        return jdbc.queryForObject("select status from training_booking where id = ?", String.class, booking);
    }

    private int taken(long session) {
        return jdbc.queryForObject("select taken from training_session where id = ?", Integer.class, session);
    }

    /** The approval link in the newest email to this address. */
    private String linkSentTo(String address, int expectedCount) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, expectedCount)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(received).as("emails to " + address).isNotEmpty();
        Matcher m = LINK.matcher(GreenMailUtil.getBody(received[received.length - 1]).replace("=\r\n", ""));
        assertThat(m.find()).as("a link in the email").isTrue();
        return m.group(1);
    }

    private String[] subjectsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).map(ManagerApprovalTest::subjectOf).toArray(String[]::new);
    }

    @Test
    void theManagerDeclinesWithAReasonAndThePlaceGoesToTheNextPersonWhoseManagerLetsItLapse() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long session = session("Supervision " + run, 1);
        String practitioner = demo.forRole(Role.PRACTITIONER).email();
        String lead = demo.forRole(Role.AGENCY_LEAD).email();
        String manager = "manager-" + run + "@riverside.example";
        String leadsManager = "head-" + run + "@riverside.example";

        MvcResult booked = book(session, as(Role.PRACTITIONER), "Morgan Reeves", manager);
        assertThat(booked.getResponse().getRedirectedUrl()).isEqualTo("/training/my-bookings");
        assertThat(booked.getFlashMap().get("bookedHeldUntil")).as("the place is held for the manager").isNotNull();
        long first = bookingOf(session, Role.PRACTITIONER);
        assertThat(status(first)).isEqualTo("AWAITING_APPROVAL");
        assertThat(taken(session)).isEqualTo(1);
        String token = linkSentTo(manager, 2);
        assertThat(subjectsTo(manager)[0]).startsWith("Please approve: ").endsWith(" has booked Supervision " + run);
        assertThat(subjectsTo(practitioner)).contains("Waiting for your manager: Supervision " + run);
        // only the hash is kept: the link itself is nowhere in the booking
        assertThat(jdbc.queryForObject("select count(*) from training_booking where approval_token_hash = ? or approval_token_hash = ?",
                Integer.class, token, org.partnershiphub.shared.SecureTokens.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select approval_token_hash from training_booking where id = ?", String.class, first)).isNotEqualTo(token);

        // the next person is on the waiting list; their manager is asked too
        book(session, as(Role.AGENCY_LEAD), "Sam Okafor", leadsManager);
        long second = bookingOf(session, Role.AGENCY_LEAD);
        assertThat(status(second)).isEqualTo("WAITING");
        String secondToken = linkSentTo(leadsManager, 4);
        assertThat(subjectsTo(leadsManager)[0]).contains("is on the waiting list for Supervision " + run);

        // the manager opens the link without signing in; the look is audited
        String page = mvc.perform(get("/training/approvals/" + token)).andReturn().getResponse().getContentAsString();
        String name = jdbc.queryForObject("select full_name from user_account where email = ?", String.class, practitioner);
        assertThat(page).contains("Approve a training booking").contains(name).contains("Supervision " + run).contains("Place held until");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'TrainingBooking' "
                + "and record_id = ? and actor_name = 'Manager by email link: Morgan Reeves'", Integer.class, String.valueOf(first))).isEqualTo(1);

        // no decision, or declining without a reason, is refused next to the field
        String none = mvc.perform(post("/training/approvals/" + token).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Select whether you approve this booking").contains("href=\"#decision\"");
        String noReason = mvc.perform(post("/training/approvals/" + token).with(csrf()).param("decision", "DECLINE").param("reason", "  "))
                .andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Enter the reason you are not approving this booking").contains("href=\"#reason\"");
        assertThat(status(first)).isEqualTo("AWAITING_APPROVAL");

        MvcResult declined = mvc.perform(post("/training/approvals/" + token).with(csrf()).param("decision", "DECLINE")
                .param("reason", "The team is short-staffed that week; book the March date instead.")).andReturn();
        assertThat(declined.getResponse().getRedirectedUrl()).isEqualTo("/training/approvals/" + token);
        assertThat(status(first)).isEqualTo("NOT_APPROVED");
        assertThat(jdbc.queryForObject("select approval_reason from training_booking where id = ?", String.class, first))
                .isEqualTo("The team is short-staffed that week; book the March date instead.");
        // the freed place is offered to the next person waiting; the practitioner is told why
        assertThat(status(second)).isEqualTo("OFFERED");
        assertThat(taken(session)).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(10_000, 6)).isTrue();
        MimeMessage notApproved = Arrays.stream(smtp.getReceivedMessagesForDomain(practitioner))
                .filter(m -> subjectOf(m).equals("Not approved: Supervision " + run)).findFirst().orElseThrow();
        assertThat(GreenMailUtil.getBody(notApproved).replace("=\r\n", "")).contains("short-staffed");
        assertThat(mvc.perform(get("/training/my-bookings").with(user(as(Role.PRACTITIONER)))).andReturn().getResponse().getContentAsString())
                .contains("Not approved").contains("short-staffed");

        // the link now shows the decision and cannot be used again
        String after = mvc.perform(get("/training/approvals/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("You did not approve this booking").doesNotContain("Send my decision");
        assertThat(mvc.perform(post("/training/approvals/" + token).with(csrf()).param("decision", "APPROVE")).andReturn().getResponse()
                .getContentAsString()).contains("This booking has already been decided");
        assertThat(status(first)).isEqualTo("NOT_APPROVED");

        // the next person accepts the offered place: it is held for their manager, with a fresh link (the old one stops working)
        mvc.perform(post("/training/bookings/" + second + "/accept").with(csrf()).with(user(as(Role.AGENCY_LEAD))));
        assertThat(status(second)).isEqualTo("AWAITING_APPROVAL");
        String freshToken = linkSentTo(leadsManager, 8);
        assertThat(freshToken).isNotEqualTo(secondToken);
        assertThat(mvc.perform(get("/training/approvals/" + secondToken)).andReturn().getResponse().getStatus()).isEqualTo(404);

        // their manager does not decide in time: the place is released
        jdbc.update("update training_booking set approval_due = ? where id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(60)), second);
        assertThat(bookings.lapseApprovals()).isEqualTo(1);
        assertThat(status(second)).isEqualTo("APPROVAL_LAPSED");
        assertThat(taken(session)).isEqualTo(0);
        assertThat(smtp.waitForIncomingEmail(10_000, 9)).isTrue();
        assertThat(subjectsTo(lead)).contains("Place released: Supervision " + run);
        assertThat(mvc.perform(post("/training/approvals/" + freshToken).with(csrf()).param("decision", "APPROVE")).andReturn().getResponse()
                .getContentAsString()).contains("The place was released because it was not approved in time");
        assertThat(status(second)).isEqualTo("APPROVAL_LAPSED");
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theManagerApprovesAndThePractitionerHasAPlaceWithTheInvitation() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long session = session("Approved " + run, 3);
        String manager = "approver-" + run + "@riverside.example";
        book(session, as(Role.SUBGROUP_MEMBER), "Alex Mensah", manager);
        long booking = bookingOf(session, Role.SUBGROUP_MEMBER);
        String token = linkSentTo(manager, 2);
        mvc.perform(post("/training/approvals/" + token).with(csrf()).param("decision", "APPROVE"));
        assertThat(status(booking)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select approval from training_booking where id = ?", String.class, booking)).isEqualTo("APPROVED");
        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
        MimeMessage approved = Arrays.stream(smtp.getReceivedMessagesForDomain(demo.forRole(Role.SUBGROUP_MEMBER).email()))
                .filter(m -> subjectOf(m).equals("Approved and booked: Approved " + run)).findFirst().orElseThrow();
        assertThat(approved.getContentType()).startsWith("multipart/mixed");
        assertThat(mvc.perform(get("/training/approvals/" + token)).andReturn().getResponse().getContentAsString())
                .contains("You approved this booking");
        assertThat(mvc.perform(get("/training/approvals/not-a-real-token")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
