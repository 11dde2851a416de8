package org.partnershiphub.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.caseaudit.internal.AuditChases;
import org.partnershiphub.identity.DemoAccounts;
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
 * An agency's audit parts still to submit are chased through a real SMTP server: a reminder a week before the deadline,
 * a chase after it and weekly, nothing sent twice, and nothing once every part is in.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3952"})
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class AuditChasesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3952, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired AuditChases chases;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private List<AuditChases.Chase> of(long audit) {
        return chases.chasesDue().stream().filter(c -> c.auditId() == audit).toList();
    }

    @Test
    void partsStillToSubmitAreRemindedChasedAndStopWhenIn() throws Exception {
        String theme = "Chased audit " + Long.toString(System.nanoTime(), 36);
        var bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        var lead = users.loadUserByUsername(demo.forRole(Role.AGENCY_LEAD).email());
        long school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        long tool = jdbc.queryForObject("select min(id) from ca_tool where name = 'Multi-agency case file audit tool' and current_version = true", Long.class);
        clock.set(Instant.parse("2031-01-05T09:00:00Z"));
        MvcResult planned = mvc.perform(post("/case-audits").with(csrf()).with(user(bu)).param("programmeYear", "2030").param("theme", theme)
                .param("source", "OTHER").param("toolId", String.valueOf(tool)).param("deadline.day", "31").param("deadline.month", "1")
                .param("deadline.year", "2031").param("agencyIds", String.valueOf(school))).andReturn();
        long audit = Long.parseLong(planned.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(of(audit)).as("an audit with no cases asks nothing yet").isEmpty();
        mvc.perform(post("/case-audits/" + audit + "/cases").with(csrf()).with(user(bu)).param("reference", "Child Q"));
        assertThat(of(audit)).as("too early to remind").isEmpty();

        clock.set(Instant.parse("2031-01-26T08:00:00Z"));
        List<AuditChases.Chase> reminders = of(audit);
        assertThat(reminders).extracting(AuditChases.Chase::email).containsExactly(demo.forRole(Role.AGENCY_LEAD).email());
        chases.send(reminders);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Your agency's case file audit on " + theme + " is due by 31 January 2031");
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("1 case").contains("/case-audits/" + audit);
        assertThat(of(audit)).as("a reminder is sent once").isEmpty();

        clock.set(Instant.parse("2031-02-02T08:00:00Z"));
        assertThat(of(audit)).extracting(AuditChases.Chase::subject).containsExactly("Your agency's case file audit on " + theme + " is overdue");
        chases.send(of(audit));
        assertThat(of(audit)).isEmpty();
        clock.advance(Duration.ofDays(7));
        assertThat(of(audit)).as("chased again a week later").hasSize(1);

        // the school submits its part: no more chasing
        long caseId = jdbc.queryForObject("select id from ca_case where audit_id = ?", Long.class, audit);
        var submit = post("/case-audits/" + audit + "/cases/" + caseId + "/part").with(csrf()).with(user(lead)).param("then", "submit");
        for (Long section : jdbc.queryForList("select id from ca_tool_section where tool_id = ?", Long.class, tool)) {
            submit.param("grade-" + section, "GOOD");
        }
        assertThat(mvc.perform(submit).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(of(audit)).isEmpty();
    }
}
