package org.partnershiphub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.partnershiphub.challenges.internal.ChallengeLog;
import org.partnershiphub.challenges.internal.ChallengeStatus;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The challenge log as the partnership keeps it, over HTTP: the business unit records a challenge to Riverside Academy
 * Trust (refused empty, typed values kept), its response becomes overdue, another agency's lead is refused and the
 * refusal audited, Riverside's safeguarding lead responds, the scrutineer reads but cannot change it, the business unit
 * closes it with outcome and impact, and the Executive's report and the CSV export show it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChallengeLogTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn();
    }

    private long id(String table, String where, Object value) {
        return jdbc.queryForObject("select id from " + table + " where " + where + " = ?", Long.class, value);
    }

    /** An agency lead of a newly made agency: someone whose agency the challenge is not addressed to. */
    private UserDetails otherAgencyLead(String run) {
        String agency = "Challenge Test Agency " + run;
        jdbc.update("insert into organisation (name, org_type, active, created_at) values (?, 'OTHER', true, current_timestamp)", agency);
        String email = "lead." + run + "@challenge.example";
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, "
                + "created_at, version) values (?, 'Other Agency Lead', 'Safeguarding lead', ?, 'ACTIVE', '{noop}unused-password', false, "
                + "current_timestamp, 0)", email, id("organisation", "name", agency));
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'AGENCY_LEAD', current_timestamp)",
                id("user_account", "email", email));
        return users.loadUserByUsername(email);
    }

    private ChallengeLog.Report report() throws Exception {
        MvcResult result = perform(get("/challenges/report"), as(Role.EXECUTIVE_MEMBER));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return (ChallengeLog.Report) result.getModelAndView().getModel().get("report");
    }

    private long denials(long entryId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' "
                + "and record_type = 'ChallengeLogEntry' and record_id = ?", Long.class, String.valueOf(entryId));
    }

    @Test
    void recordRespondReadCloseReportAndExport() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String issue = "Conference reports arrive late " + run;
        LocalDate today = LocalDate.now(LONDON);
        LocalDate raised = today.minusDays(10);
        LocalDate due = today.minusDays(1);
        long riverside = id("organisation", "name", "Riverside Academy Trust");
        long partnership = id("organisation", "name", "Northshire Safeguarding Children Partnership");
        long executive = id("hub_group", "name", "Safeguarding Children Executive");
        UserDetails businessUnit = as(Role.BUSINESS_UNIT);
        ChallengeLog.Report before = report();

        // refused empty: the error summary links to the fields, and what was typed comes back
        String refused = perform(post("/challenges").with(csrf()).param("issue", issue).param("forum", "other")
                .param("responseDue.day", "31").param("responseDue.month", "2").param("responseDue.year", "2026"), businessUnit)
                .getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("href=\"#raisedByPersonId\"").contains("Choose who was challenged")
                .contains("Enter where the challenge was made").contains("Enter a real date").contains(issue)
                .contains("value=\"31\"").contains("<title>Error: Record a challenge");

        MvcResult recorded = perform(post("/challenges").with(csrf())
                .param("raisedOn.day", String.valueOf(raised.getDayOfMonth())).param("raisedOn.month", String.valueOf(raised.getMonthValue()))
                .param("raisedOn.year", String.valueOf(raised.getYear())).param("raisedByAgencyId", String.valueOf(partnership))
                .param("challengedAgencyId", String.valueOf(riverside)).param("forum", String.valueOf(executive)).param("issue", issue)
                .param("responseDue.day", String.valueOf(due.getDayOfMonth())).param("responseDue.month", String.valueOf(due.getMonthValue()))
                .param("responseDue.year", String.valueOf(due.getYear())).param("evidenceLink", "https://northshire.example/minutes")
                .param("status", "CLOSED_RESOLVED"), businessUnit);
        long entry = id("challenge_log_entry", "issue", issue);
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/challenges/" + entry);
        String reference = jdbc.queryForObject("select reference from challenge_log_entry where id = ?", String.class, entry);
        assertThat(reference).matches("CH-" + raised.getYear() + "-\\d{3}");
        assertThat(jdbc.queryForObject("select status from challenge_log_entry where id = ?", String.class, entry)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CREATE' and record_type = 'ChallengeLogEntry' "
                + "and record_id = ?", Long.class, String.valueOf(entry))).isEqualTo(1);

        // overdue: the response was due yesterday and none has come
        String overdue = perform(get("/challenges").param("q", run).param("overdue", "true"), businessUnit).getResponse().getContentAsString();
        assertThat(overdue).contains(reference).contains("Response overdue");
        ChallengeLog.Report whileOverdue = report();
        assertThat(whileOverdue.overdue()).anyMatch(e -> e.getId() == entry);
        assertThat(whileOverdue.count(ChallengeStatus.OPEN)).isEqualTo(before.count(ChallengeStatus.OPEN) + 1);

        // another agency's lead may neither read nor answer it: 403, and each attempt is in the audit trail
        UserDetails stranger = otherAgencyLead(run);
        long deniedBefore = denials(entry);
        assertThat(perform(get("/challenges/" + entry), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/challenges/" + entry + "/response"), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/challenges/" + entry + "/response").with(csrf()).param("response", "Not ours to answer")
                .param("version", "0"), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(denials(entry)).isEqualTo(deniedBefore + 3);
        assertThat(jdbc.queryForObject("select response from challenge_log_entry where id = ?", String.class, entry)).isNull();

        // Riverside's safeguarding lead answers (refused empty first)
        UserDetails lead = as(Role.AGENCY_LEAD);
        assertThat(perform(get("/challenges/to-my-agency"), lead).getResponse().getContentAsString()).contains(reference);
        assertThat(perform(post("/challenges/" + entry + "/response").with(csrf()).param("version", "0"), lead).getResponse()
                .getContentAsString()).contains("Enter the response");
        MvcResult answered = perform(post("/challenges/" + entry + "/response").with(csrf()).param("response", "Reports now go 3 days ahead")
                .param("respondedOn.day", String.valueOf(today.getDayOfMonth())).param("respondedOn.month", String.valueOf(today.getMonthValue()))
                .param("respondedOn.year", String.valueOf(today.getYear())).param("version", "0"), lead);
        assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/challenges/" + entry);
        assertThat(jdbc.queryForObject("select status from challenge_log_entry where id = ?", String.class, entry)).isEqualTo("RESPONSE_RECEIVED");
        assertThat(perform(get("/challenges").param("q", run).param("overdue", "true"), businessUnit).getResponse().getContentAsString())
                .doesNotContain(reference);

        // the scrutineer reads everything and changes nothing
        UserDetails scrutineer = as(Role.INDEPENDENT_SCRUTINEER);
        String page = perform(get("/challenges/" + entry), scrutineer).getResponse().getContentAsString();
        assertThat(page).contains(issue).contains("Reports now go 3 days ahead").contains("Response received")
                .doesNotContain("/challenges/" + entry + "/edit").doesNotContain("/challenges/" + entry + "/response");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'ChallengeLogEntry' "
                + "and record_id = ? and actor_name = ?", Long.class, String.valueOf(entry), demo.forRole(Role.INDEPENDENT_SCRUTINEER).name()))
                .isEqualTo(1);
        assertThat(perform(get("/challenges/" + entry + "/edit"), scrutineer).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/challenges/" + entry + "/edit").with(csrf()).param("status", "CLOSED_RESOLVED"), scrutineer)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/challenges/" + entry + "/response").with(csrf()).param("response", "x"), scrutineer)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/challenges").with(csrf()).param("issue", "x"), scrutineer).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/challenges"), as(Role.PRACTITIONER)).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/challenges/" + entry), as(Role.PRACTITIONER)).getResponse().getStatus()).isEqualTo(403);

        // the business unit closes it: the outcome is required, then outcome and impact are kept
        MockHttpServletRequestBuilder close = post("/challenges/" + entry + "/edit").with(csrf())
                .param("raisedOn.day", String.valueOf(raised.getDayOfMonth())).param("raisedOn.month", String.valueOf(raised.getMonthValue()))
                .param("raisedOn.year", String.valueOf(raised.getYear())).param("raisedByAgencyId", String.valueOf(partnership))
                .param("challengedAgencyId", String.valueOf(riverside)).param("forum", String.valueOf(executive)).param("issue", issue)
                .param("responseDue.day", String.valueOf(due.getDayOfMonth())).param("responseDue.month", String.valueOf(due.getMonthValue()))
                .param("responseDue.year", String.valueOf(due.getYear())).param("response", "Reports now go 3 days ahead")
                .param("respondedOn.day", String.valueOf(today.getDayOfMonth())).param("respondedOn.month", String.valueOf(today.getMonthValue()))
                .param("respondedOn.year", String.valueOf(today.getYear())).param("status", "CLOSED_RESOLVED").param("version", "1");
        assertThat(perform(close, businessUnit).getResponse().getContentAsString()).contains("Enter the outcome to close the challenge");
        String outcome = "Resolved: reports are on time " + run;
        String impact = "=Conferences now hear from school " + run;
        assertThat(perform(close.param("outcome", outcome).param("impact", impact), businessUnit).getResponse().getRedirectedUrl())
                .isEqualTo("/challenges/" + entry);
        assertThat(jdbc.queryForObject("select status from challenge_log_entry where id = ?", String.class, entry)).isEqualTo("CLOSED_RESOLVED");
        // the same form again is stale: someone saved since it was opened
        assertThat(perform(close, businessUnit).getResponse().getContentAsString()).contains("Someone else changed this");
        // once closed, no response can be recorded
        assertThat(perform(get("/challenges/" + entry + "/response"), lead).getResponse().getContentAsString())
                .contains("This challenge is closed");

        ChallengeLog.Report after = report();
        assertThat(after.count(ChallengeStatus.CLOSED_RESOLVED)).isEqualTo(before.count(ChallengeStatus.CLOSED_RESOLVED) + 1);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(after.recentlyClosed()).anyMatch(e -> e.getId() == entry && e.getOutcome().equals(outcome));
        assertThat(after.byAgency()).anyMatch(line -> line.agencyId() == riverside && line.closedResolved() >= 1);
        String reportPage = perform(get("/challenges/report"), scrutineer).getResponse().getContentAsString();
        assertThat(reportPage).contains(reference).contains(outcome).contains("Riverside Academy Trust");

        // the CSV export: a header, the entry, and a cell that would be a formula neutralised
        MvcResult csv = perform(get("/challenges/export.csv").param("q", run), scrutineer);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        String content = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(content).contains("\"Reference\",\"Date raised\"").contains("\"" + reference + "\"").contains("\"" + issue + "\"")
                .contains("\"Closed \u2014 resolved\"").contains("\"'" + impact + "\"").contains("\"Riverside Academy Trust\"");
        assertThat(content.lines().count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'ChallengeLogEntry' "
                + "and actor_name = ?", Long.class, demo.forRole(Role.INDEPENDENT_SCRUTINEER).name())).isPositive();
    }

    @Test
    void referencesAreSequentialWithinTheYear() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long police = id("organisation", "name", "Northshire Police");
        UserDetails businessUnit = as(Role.BUSINESS_UNIT);
        for (int i = 0; i < 2; i++) {
            perform(post("/challenges").with(csrf()).param("raisedOn.day", "5").param("raisedOn.month", "1").param("raisedOn.year", "2025")
                    .param("raisedByAgencyId", String.valueOf(police)).param("challengedAgencyId", String.valueOf(police))
                    .param("forum", "other").param("forumOther", "Section 11 challenge event").param("issue", "Sequence " + run + " " + i)
                    .param("responseDue.day", "5").param("responseDue.month", "2").param("responseDue.year", "2025"), businessUnit);
        }
        String first = jdbc.queryForObject("select reference from challenge_log_entry where issue = ?", String.class, "Sequence " + run + " 0");
        String second = jdbc.queryForObject("select reference from challenge_log_entry where issue = ?", String.class, "Sequence " + run + " 1");
        assertThat(first).startsWith("CH-2025-");
        assertThat(Integer.parseInt(second.substring(8))).isEqualTo(Integer.parseInt(first.substring(8)) + 1);
        String page = perform(get("/challenges").param("forum", "other").param("q", run), as(Role.LEAD_PARTNER)).getResponse()
                .getContentAsString();
        assertThat(page).contains(first).contains(second).contains("Police");
    }
}
