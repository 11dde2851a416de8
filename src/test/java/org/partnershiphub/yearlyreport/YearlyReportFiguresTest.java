package org.partnershiphub.yearlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly report's live figures over HTTP: a lead partner sees every section for the last 12 months with the demo
 * partnership's voice records counted and the "you said, we did" pairs listed; a period that ends before it starts is
 * refused with a message; the view is audited; a practitioner is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YearlyReportFiguresTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void leadPartnerReadsTheFiguresForAPeriod() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        var lead = users.loadUserByUsername(demo.forRole(Role.LEAD_PARTNER).email());
        long viewsBefore = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YearlyReportFigures'", Long.class);
        String page = mvc.perform(get("/yearly-report").param("from", today.minusYears(1).plusDays(1).toString()).param("to", today.toString())
                .with(user(lead))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Progress on the partnership&#39;s priorities").contains("Serious incidents, rapid reviews and practice reviews")
                .contains("The voice of children, families and practitioners").contains("What we heard and what we did about it")
                .contains("You told us our exploitation posters did not sound like you.").doesNotContain("This period is not 12 months");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YearlyReportFigures'", Long.class))
                .isEqualTo(viewsBefore + 1);

        String backwards = mvc.perform(get("/yearly-report").param("from", "2026-04-01").param("to", "2025-03-31").with(user(lead)))
                .andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("The end of the period must be on or after its start");
        String short6 = mvc.perform(get("/yearly-report").param("from", "2026-04-01").param("to", "2026-09-30").with(user(lead)))
                .andReturn().getResponse().getContentAsString();
        assertThat(short6).contains("This period is not 12 months");

        assertThat(mvc.perform(get("/yearly-report").with(user(users.loadUserByUsername(demo.forRole(Role.PRACTITIONER).email()))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
