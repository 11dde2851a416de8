package org.partnershiphub.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.selfassessment.internal.ReturnChases;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Returns not yet in are chased through a real SMTP server: a reminder two weeks before the due date, a chase after
 * it and again a week later, nothing sent twice and nothing once submitted; the overdue are escalated to the
 * Independent Chair in one email naming each agency.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3951"})
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class ReturnChasesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3951, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired ReturnChases chases;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private List<ReturnChases.Chase> of(long returnId) {
        return chases.chasesDue().stream().filter(c -> c.returnId() == returnId).toList();
    }

    @Test
    void returnsAreRemindedChasedWeeklyAndTheOverdueEscalatedToTheChair() throws Exception {
        String name = "Chased audit " + Long.toString(System.nanoTime(), 36);
        var bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        clock.set(Instant.parse("2030-01-02T09:00:00Z"));
        MvcResult opened = mvc.perform(post("/self-assessment/cycles").with(csrf()).with(user(bu)).param("name", name)
                .param("dueOn.day", "31").param("dueOn.month", "3").param("dueOn.year", "2030")).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(302);
        long cycle = jdbc.queryForObject("select id from sa_cycle where name = ?", Long.class, name);
        long school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        long ret = jdbc.queryForObject("select id from sa_return where cycle_id = ? and agency_id = ?", Long.class, cycle, school);

        assertThat(of(ret)).as("too early to remind").isEmpty();
        // escalation before the due date is refused
        MvcResult early = mvc.perform(post("/self-assessment/cycles/" + cycle + "/escalate").with(csrf()).with(user(bu))).andReturn();
        assertThat(early.getFlashMap().get("problem")).isEqualTo("sa.error.notOverdueYet");

        clock.set(Instant.parse("2030-03-20T08:00:00Z"));
        List<ReturnChases.Chase> reminders = of(ret);
        assertThat(reminders).extracting(ReturnChases.Chase::email).containsExactly(demo.forRole(Role.AGENCY_LEAD).email());
        chases.send(reminders);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var reminder = smtp.getReceivedMessages()[0];
        assertThat(reminder.getSubject()).isEqualTo("Your self-assessment return for " + name + " is due by 31 March 2030");
        assertThat(GreenMailUtil.getBody(reminder)).contains("/self-assessment/returns/" + ret);
        assertThat(of(ret)).as("a reminder is sent once").isEmpty();

        clock.set(Instant.parse("2030-04-03T08:00:00Z"));
        List<ReturnChases.Chase> overdue = of(ret);
        assertThat(overdue).extracting(ReturnChases.Chase::subject).containsExactly("Your self-assessment return for " + name + " is overdue");
        assertThat(overdue.get(0).body()).contains("3 days overdue");
        chases.send(overdue);
        assertThat(of(ret)).isEmpty();
        clock.advance(Duration.ofDays(7));
        assertThat(of(ret)).as("chased again a week later").hasSize(1);

        // the cycle page shows the overdue and escalates them, in one email each, to the Executive's chair (or the independent scrutineer)
        String page = mvc.perform(get("/self-assessment/cycles/" + cycle).with(user(bu))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("10 days overdue").contains("Escalate to the Independent Chair");
        smtp.purgeEmailFromAllMailboxes();
        MvcResult escalated = mvc.perform(post("/self-assessment/cycles/" + cycle + "/escalate").with(csrf()).with(user(bu))).andReturn();
        assertThat(escalated.getFlashMap().get("notice")).isEqualTo("sa.escalated");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var messages = smtp.getReceivedMessages();
        List<String> chairs = jdbc.queryForList("select distinct u.email from group_membership m join hub_group g on g.id = m.group_id "
                + "join user_account u on u.id = m.user_id where g.group_type = 'EXECUTIVE' and u.status = 'ACTIVE' "
                + "and lower(m.role_in_group) like '%chair%'", String.class);
        List<String> expected = chairs.isEmpty() ? List.of(demo.forRole(Role.INDEPENDENT_SCRUTINEER).email()) : chairs;
        assertThat(smtp.waitForIncomingEmail(5_000, expected.size())).isTrue();
        messages = smtp.getReceivedMessages();
        assertThat(Arrays.stream(messages).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(messages[0].getSubject()).endsWith("self-assessment returns are overdue for " + name);
        assertThat(GreenMailUtil.getBody(messages[0])).contains("- Riverside Academy Trust").contains("- Northshire Police").contains("10 days ago");
        assertThat(jdbc.queryForObject("select escalated_at from sa_return where id = ?", java.sql.Timestamp.class, ret)).isNotNull();
        assertThat(mvc.perform(post("/self-assessment/cycles/" + cycle + "/escalate").with(csrf())
                .with(user(users.loadUserByUsername(demo.forRole(Role.AGENCY_LEAD).email())))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // once submitted, no more chasing
        jdbc.update("update sa_return set status = 'SUBMITTED' where id = ?", ret);
        clock.advance(Duration.ofDays(7));
        assertThat(of(ret)).isEmpty();
    }
}
