package org.partnershiphub.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.reviews.internal.ReviewReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** Whoever owns the next step is reminded of what is overdue or due within 2 working days, by pseudonym only. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3926"})
class ReviewRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3926, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired ReviewReminders reminders;
    @Autowired JdbcTemplate jdbc;

    private long incident(String reference, String stage, LocalDate notificationDue, String childName) {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        long user = jdbc.queryForObject("select min(id) from user_account", Long.class);
        jdbc.update("insert into serious_incident (reference, child_pseudonym, referring_agency_id, referred_by, referred_at, what_happened, "
                + "la_aware_date, abuse_or_neglect, harm, looked_after, stage, notification_due, notification_sent_date, version) values "
                + "(?, 'Child Reminder', ?, ?, current_timestamp, 'Reminder test', ?, 'SUSPECTED', 'SERIOUS_HARM', false, ?, ?, ?, 0)",
                reference, agency, user, notificationDue.minusDays(7), stage, notificationDue, notificationDue.minusDays(3));
        long id = jdbc.queryForObject("select id from serious_incident where reference = ?", Long.class, reference);
        jdbc.update("insert into child_identity (incident_id, full_name, recorded_by, recorded_at) values (?, ?, ?, current_timestamp)", id, childName, user);
        return id;
    }

    @Test
    void theBusinessUnitAndTheAgencyLeadAreRemindedOfTheirOwnSteps() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 24);
        String suffix = Long.toString(System.nanoTime() % 100_000);
        incident("RM-A-" + suffix, "REFERRED", LocalDate.of(2026, 11, 25), "Zebedee Notify-Name");
        long inReview = incident("RM-B-" + suffix, "RAPID_REVIEW", LocalDate.of(2026, 11, 18), "Zebedee Summary-Name");
        jdbc.update("insert into rapid_review (incident_id, due_date, version) values (?, ?, 0)", inReview, LocalDate.of(2026, 12, 10));
        long riverside = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        jdbc.update("insert into agency_summary (incident_id, agency_id, due_date) values (?, ?, ?)", inReview, riverside, LocalDate.of(2026, 11, 23));
        incident("RM-C-" + suffix, "REFERRED", LocalDate.of(2026, 12, 15), "Zebedee Later-Name");

        List<ReviewReminders.Reminder> due = reminders.remindersFor(today);
        ReviewReminders.Reminder businessUnit = due.stream().filter(r -> r.email().equals("business.unit@northshire.example")).findFirst().orElseThrow();
        assertThat(businessUnit.body()).contains("RM-A-" + suffix).contains("Due in 1 working day").doesNotContain("RM-C-" + suffix);
        ReviewReminders.Reminder lead = due.stream().filter(r -> r.email().equals("agency.lead@northshire.example")).findFirst().orElseThrow();
        assertThat(lead.body()).contains("RM-B-" + suffix).contains("summary").contains("1 working day overdue").doesNotContain("RM-A-" + suffix);
        assertThat(due).allSatisfy(r -> assertThat(r.body()).doesNotContain("Zebedee"));

        reminders.send(List.of(businessUnit, lead));
        assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessagesForDomain("business.unit@northshire.example")[0])).contains("RM-A-" + suffix);
    }
}
