package org.partnershiphub.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.partnershiphub.strategy.internal.PlanReminders;
import org.partnershiphub.shared.Quarter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Action leads are emailed once a quarter, in the last 10 working days before the deadline, about actions with no update. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3927"})
@AutoConfigureMockMvc
class PlanRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3927, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired PlanReminders reminders;
    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void leadsAreRemindedOnceBeforeTheQuarterlyDeadlineOfActionsWithoutAnUpdate() throws Exception {
        UserDetails bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        String run = Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/plan").with(csrf()).with(user(bu)).param("title", "Reminder plan " + run).param("firstYear", "2026").param("lastYear", "2027"));
        long plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, "Reminder plan " + run);
        String leadEmail = demo.forRole(Role.AGENCY_LEAD).email();
        long lead = jdbc.queryForObject("select id from user_account where email = ?", Long.class, leadEmail);
        for (String title : List.of("Needs an update " + run, "Updated already " + run)) {
            mvc.perform(post("/plan/" + plan + "/actions").with(csrf()).with(user(bu)).param("title", title)
                    .param("leadPersonId", String.valueOf(lead)).param("timescale", "ongoing"));
        }
        jdbc.update("update plan_action set status = 'GREEN', status_quarter = ? where title = ?", new Quarter(2026, 3).key(), "Updated already " + run);

        // Q3 2026-27 ends on Thursday 31 December 2026; Christmas, Boxing Day (substitute Monday 28th) are not working days
        assertThat(reminders.deadline(new Quarter(2026, 3))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(reminders.remindersFor(LocalDate.of(2026, 11, 24))).as("more than 10 working days before").isEmpty();
        List<PlanReminders.Reminder> due = reminders.remindersFor(LocalDate.of(2026, 12, 21));
        PlanReminders.Reminder reminder = due.stream().filter(r -> r.email().equals(leadEmail)).findFirst().orElseThrow();
        assertThat(reminder.subject()).isEqualTo("Business plan updates for Q3 2026-27 are due by 31 December 2026");
        assertThat(reminder.body()).contains("Needs an update " + run).doesNotContain("Updated already " + run).contains("/plan/my-actions");

        reminders.send(List.of(reminder));
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessagesForDomain(leadEmail)[0])).contains("Needs an update " + run);
        assertThat(reminders.remindersFor(LocalDate.of(2026, 12, 22))).as("once a quarter")
                .noneMatch(r -> r.email().equals(leadEmail));
    }
}
