package org.partnershiphub.triangulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.shared.AgencyLeads;
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
 * One agency's picture: its green self-rating on the child's voice is contradicted by an inadequate agreed audit grade
 * in the same area, and its green rating on inter-agency working by a red indicator the business unit joins to that
 * standard in a new area; both are flagged with the evidence side by side and a link to moderate; an amber rating or a
 * good grade raises nothing. The agency's own lead sees its page; another agency's lead does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TriangulationTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Scorecard scorecard;

    String run;
    UserDetails bu;
    long agency;

    @BeforeEach
    void setUp() {
        run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();
        bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        jdbc.update("insert into organisation (name, org_type, active, created_at) values (?, 'HEALTH', true, current_timestamp)", "Tri trust " + run);
        agency = jdbc.queryForObject("select id from organisation where name = ?", Long.class, "Tri trust " + run);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn();
    }

    private long standard(String number) {
        return jdbc.queryForObject("select id from sa_standard where framework = 'SECTION_11' and standard_no = ?", Long.class, number);
    }

    private long section(String title) {
        return jdbc.queryForObject("select min(s.id) from ca_tool_section s join ca_tool t on t.id = s.tool_id "
                + "where t.name = 'Multi-agency case file audit tool' and s.title = ?", Long.class, title);
    }

    @Test
    void greenRatingsContradictedInTheSameAreaAreFlaggedWithTheEvidence() throws Exception {
        long by = jdbc.queryForObject("select min(id) from user_account", Long.class);
        // a submitted Section 11 return: green on the child's voice and on inter-agency working, amber on training
        jdbc.update("insert into sa_cycle (name, opens_on, due_on, created_by, created_at) values (?, ?, ?, ?, current_timestamp)",
                "Tri cycle " + run, Date.valueOf(LocalDate.now().minusDays(1)), Date.valueOf(LocalDate.now().plusDays(30)), by);
        long cycle = jdbc.queryForObject("select id from sa_cycle where name = ?", Long.class, "Tri cycle " + run);
        jdbc.update("insert into sa_return (cycle_id, agency_id, framework, status, submitted_by, submitted_at) values (?, ?, 'SECTION_11', 'SUBMITTED', ?, current_timestamp)",
                cycle, agency, by);
        long ret = jdbc.queryForObject("select id from sa_return where cycle_id = ? and agency_id = ?", Long.class, cycle, agency);
        for (String[] a : new String[][] {{"4", "GREEN", "We hear every child"}, {"7", "GREEN", "We work well with others"}, {"5", "AMBER", "Training gaps"}}) {
            jdbc.update("insert into sa_answer (return_id, standard_id, rating, narrative) values (?, ?, ?, ?)", ret, standard(a[0]), a[1], a[2]);
        }
        // an audit the trust took part in: the meeting agreed "inadequate" on the child's voice, "good" on multi-agency working
        long tool = jdbc.queryForObject("select min(id) from ca_tool where name = 'Multi-agency case file audit tool'", Long.class);
        jdbc.update("insert into ca_audit (programme_year, theme, source, tool_id, deadline, status, created_by, created_at) "
                + "values (2026, ?, 'OTHER', ?, ?, 'MET', ?, current_timestamp)", "Tri audit " + run, tool, Date.valueOf(LocalDate.now()), by);
        long audit = jdbc.queryForObject("select id from ca_audit where theme = ?", Long.class, "Tri audit " + run);
        jdbc.update("insert into ca_audit_agency (audit_id, agency_id) values (?, ?)", audit, agency);
        jdbc.update("insert into ca_case (audit_id, reference, created_at) values (?, 'Child T', current_timestamp)", audit);
        long auditCase = jdbc.queryForObject("select id from ca_case where audit_id = ?", Long.class, audit);
        jdbc.update("insert into ca_agreed_grade (case_id, section_id, grade) values (?, ?, 'INADEQUATE')", auditCase, section("Voice and lived experience of the child"));
        jdbc.update("insert into ca_agreed_grade (case_id, section_id, grade) values (?, ?, 'GOOD')", auditCase, section("Multi-agency working and information sharing"));
        // a red scorecard indicator of the trust's
        perform(post("/scorecard/indicators").with(csrf()).param("code", "TR" + run).param("title", "Strategy discussions attended " + run)
                .param("ownerAgencyId", String.valueOf(agency)).param("unit", "PERCENT").param("polarity", "HIGHER_IS_BETTER").param("target", "90")
                .param("tolerance", "5").param("frequency", "QUARTERLY"), bu);
        long indicator = jdbc.queryForObject("select id from sc_indicator where code = ?", Long.class, "TR" + run);
        assertThat(perform(post("/scorecard/indicators/" + indicator + "/figures/" + scorecard.reportingQuarter().key()).with(csrf()).param("value", "50"), bu)
                .getResponse().getStatus()).isEqualTo(302);

        // the business unit joins the indicator to inter-agency working in a new area
        assertThat(perform(post("/triangulation/areas").with(csrf()).param("name", "Voice of the child"), bu).getResponse().getContentAsString())
                .contains("An area with this name already exists");
        MvcResult added = perform(post("/triangulation/areas").with(csrf()).param("name", "Strategy discussions " + run), bu);
        long area = Long.parseLong(added.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(perform(post("/triangulation/areas/" + area).with(csrf()).param("standards", String.valueOf(standard("7")))
                .param("indicators", String.valueOf(indicator)), users.loadUserByUsername(demo.forRole(Role.EXECUTIVE_MEMBER).email()))
                .getResponse().getStatus()).isEqualTo(403);
        perform(post("/triangulation/areas/" + area).with(csrf()).param("standards", String.valueOf(standard("7"))).param("indicators", String.valueOf(indicator)), bu);

        String page = perform(get("/triangulation/agencies/" + agency), bu).getResponse().getContentAsString();
        assertThat(page).contains("2 green self-ratings are contradicted in the same area")
                .contains("The agency rated itself green on standard 4").contains("We hear every child")
                .contains("Agreed grade: Inadequate").contains("The agency rated itself green on standard 7")
                .contains("TR" + run + " Strategy discussions attended " + run).contains("50%")
                .contains("/self-assessment/returns/" + ret + "/standards/" + standard("4") + "/moderate");
        assertThat(page.split("Green self-rating contradicted", -1)).as("amber training and the good grade raise nothing").hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'Triangulation' and record_id = ?",
                Long.class, String.valueOf(agency))).isEqualTo(1);
        String index = perform(get("/triangulation"), users.loadUserByUsername(demo.forRole(Role.INDEPENDENT_SCRUTINEER).email()))
                .getResponse().getContentAsString();
        assertThat(index).contains("Tri trust " + run).contains("2 to moderate");

        // the business unit sees the same contradictions where it moderates the return
        String moderate = perform(get("/self-assessment/returns/" + ret + "/standards/" + standard("4") + "/moderate"), bu).getResponse().getContentAsString();
        assertThat(moderate).contains("Rated green, but evidence in the same area says otherwise")
                .contains("Voice of the child: Tri audit " + run + " 2026 to 2027, Child T, Voice and lived experience of the child: graded inadequate");
        assertThat(perform(get("/self-assessment/returns/" + ret + "/standards/" + standard("5") + "/moderate"), bu).getResponse().getContentAsString())
                .doesNotContain("Rated green, but evidence");
        assertThat(perform(get("/self-assessment/returns/" + ret), bu).getResponse().getContentAsString())
                .contains("Strategy discussions " + run + ": TR" + run + " Strategy discussions attended " + run + ": 50% (");

        // the trust's own lead sees its page; another agency's lead does not, and neither sees the list
        assertThat(perform(get("/triangulation/agencies/" + agency), lead(agency)).getResponse().getStatus()).isEqualTo(200);
        UserDetails school = users.loadUserByUsername(demo.forRole(Role.AGENCY_LEAD).email());
        assertThat(perform(get("/triangulation/agencies/" + agency), school).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/triangulation"), school).getResponse().getStatus()).isEqualTo(403);
    }

    private UserDetails lead(long agencyId) {
        return AgencyLeads.create(jdbc, users, agencyId, "tri." + run.toLowerCase() + "@trust.example");
    }

}
