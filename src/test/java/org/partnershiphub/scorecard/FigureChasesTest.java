package org.partnershiphub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.scorecard.internal.FigureChases;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Missing figures are chased through a real SMTP server: a reminder a week before the deadline, a chase after it and
 * again a week later, nothing sent twice, and nothing once the agency's figures are in.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3950"})
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class FigureChasesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3950, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired FigureChases chases;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private List<FigureChases.Chase> riverside() {
        long school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        return chases.chasesDue().stream().filter(c -> c.agencyId() == school).toList();
    }

    @Test
    void missingFiguresAreRemindedChasedWeeklyAndStopWhenEntered() throws Exception {
        String code = "C" + Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();
        long school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        var bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        mvc.perform(post("/scorecard/indicators").with(csrf()).with(user(bu)).param("code", code).param("title", "Chased indicator")
                .param("ownerAgencyId", String.valueOf(school)).param("unit", "NUMBER").param("polarity", "HIGHER_IS_BETTER")
                .param("frequency", "QUARTERLY"));

        clock.set(Instant.parse("2027-01-10T08:00:00Z")); // Q3 2026-27's figures are due by 30 January: too early to remind
        assertThat(riverside()).isEmpty();

        clock.set(Instant.parse("2027-01-25T08:00:00Z"));
        List<FigureChases.Chase> reminders = riverside();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).email()).isEqualTo(demo.forRole(Role.AGENCY_LEAD).email());
        chases.send(reminders);
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Scorecard figures for Q3 2026-27 are due by 30 January 2027");
        assertThat(GreenMailUtil.getBody(message)).contains(code + " Chased indicator").contains("agency's scorecard");
        assertThat(riverside()).as("a reminder is sent once").isEmpty();

        clock.set(Instant.parse("2027-02-01T08:00:00Z"));
        List<FigureChases.Chase> overdue = riverside();
        assertThat(overdue).extracting(FigureChases.Chase::subject).containsExactly("Scorecard figures for Q3 2026-27 are overdue");
        chases.send(overdue);
        assertThat(riverside()).isEmpty();
        clock.advance(Duration.ofDays(7));
        assertThat(riverside()).as("chased again a week later").hasSize(1);

        // every Riverside figure in: no more chasing
        var lead = users.loadUserByUsername(demo.forRole(Role.AGENCY_LEAD).email());
        for (Long id : jdbc.queryForList("select id from sc_indicator i where owner_agency_id = ? and active = true and not exists "
                + "(select 1 from sc_figure f where f.indicator_id = i.id and f.quarter_key = '2026Q3')", Long.class, school)) {
            int status = mvc.perform(post("/scorecard/indicators/" + id + "/figures/2026Q3").with(csrf()).with(user(lead)).param("value", "50"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(302);
        }
        assertThat(riverside()).isEmpty();
    }
}
