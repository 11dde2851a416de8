package org.partnershiphub.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
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
 * A case file audit end to end: the business unit plans it and adds a pseudonymised case whose identity is kept apart;
 * the school's auditor saves its part with blanks, is refused submission until every section is graded, and is then
 * locked out of changes; an agency not taking part sees nothing; the meeting agrees the grades; learning is tagged with
 * a learning-chain theme; an action becomes a business plan action; the report compares with the last audit on the
 * theme and downloads as PDF and XLSX; a closed audit takes nothing more; a tool in use changes into a new version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseAuditTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    String run;
    UserDetails bu;
    UserDetails schoolLead;
    long school;
    long police;

    @BeforeEach
    void setUp() {
        run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();
        bu = as(Role.BUSINESS_UNIT);
        schoolLead = as(Role.AGENCY_LEAD);
        school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        police = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
    }

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn();
    }

    private String page(String url, UserDetails who) throws Exception {
        return perform(get(url), who).getResponse().getContentAsString();
    }

    private long plan(String theme, long tool, LocalDate deadline) throws Exception {
        MvcResult planned = perform(post("/case-audits").with(csrf()).param("programmeYear", "2026").param("theme", theme).param("source", "SCORECARD")
                .param("sourceNote", "Missing episodes, Q2").param("scope", "Children reported missing three times or more").param("toolId", String.valueOf(tool))
                .param("deadline.day", String.valueOf(deadline.getDayOfMonth())).param("deadline.month", String.valueOf(deadline.getMonthValue()))
                .param("deadline.year", String.valueOf(deadline.getYear())).param("agencyIds", String.valueOf(school), String.valueOf(police)), bu);
        assertThat(planned.getResponse().getStatus()).as(planned.getResponse().getContentAsString()).isEqualTo(302);
        return Long.parseLong(planned.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
    }

    private long defaultTool() {
        return jdbc.queryForObject("select min(id) from ca_tool where name = 'Multi-agency case file audit tool' and current_version = true", Long.class);
    }

    @Test
    void anAuditRunsFromPlanToReportWithTheChildKeptApart() throws Exception {
        long tool = defaultTool();
        List<Long> sections = jdbc.queryForList("select id from ca_tool_section where tool_id = ? order by position", Long.class, tool);
        MvcResult noAgencies = perform(post("/case-audits").with(csrf()).param("programmeYear", "2026").param("theme", "Exploitation " + run)
                .param("source", "SCORECARD").param("toolId", String.valueOf(tool)).param("deadline.day", "1").param("deadline.month", "1")
                .param("deadline.year", "2099"), bu);
        assertThat(noAgencies.getResponse().getContentAsString()).contains("Select the agencies asked to take part").contains("Exploitation " + run);
        long audit = plan("Exploitation " + run, tool, LocalDate.now().plusDays(20));

        // the case goes in under its pseudonym; the child's name is kept apart
        assertThat(perform(post("/case-audits/" + audit + "/cases").with(csrf()).param("reference", "Jamie Example").param("childName", "Jamie Example"), bu)
                .getResponse().getContentAsString()).contains("The pseudonym must not be the child");
        assertThat(perform(post("/case-audits/" + audit + "/cases").with(csrf()).param("reference", "Child X").param("summary", "Missing <b>four</b> times")
                .param("childName", "Jamie Example").param("dateOfBirth.day", "3").param("dateOfBirth.month", "5").param("dateOfBirth.year", "2011"), bu)
                .getResponse().getStatus()).isEqualTo(302);
        long caseId = jdbc.queryForObject("select id from ca_case where audit_id = ? and reference = 'Child X'", Long.class, audit);
        String auditPage = page("/case-audits/" + audit, as(Role.EXECUTIVE_MEMBER));
        assertThat(auditPage).contains("Child X").contains("Missing &lt;b&gt;four&lt;/b&gt; times").doesNotContain("Jamie Example");
        assertThat(perform(get("/case-audits/" + audit + "/cases/" + caseId + "/identity"), schoolLead).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/case-audits/" + audit + "/cases/" + caseId + "/identity").with(csrf()).param("reason", ""), bu)
                .getResponse().getContentAsString()).contains("Say why you need to see the child").doesNotContain("Jamie Example");
        assertThat(perform(post("/case-audits/" + audit + "/cases/" + caseId + "/identity").with(csrf()).param("reason", "Checking the sample"), bu)
                .getResponse().getContentAsString()).contains("Jamie Example").contains("3 May 2011");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'CaseFileAuditIdentity' "
                + "and record_id = ? and reason = 'Checking the sample'", Long.class, String.valueOf(caseId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'CaseFileAudit' and record_id = ?",
                Long.class, String.valueOf(audit))).isPositive();

        // an agency not asked to take part sees nothing of it
        UserDetails probation = lead("Probation Service, Northshire");
        assertThat(perform(get("/case-audits/" + audit), probation).getResponse().getStatus()).isEqualTo(403);
        assertThat(page("/case-audits", probation)).doesNotContain("Exploitation " + run);
        assertThat(perform(get("/case-audits/" + audit + "/cases/" + caseId + "/part"), probation).getResponse().getStatus()).isEqualTo(403);

        // the school saves its part with a blank, is refused submission, completes it, and is then locked out
        String part = "/case-audits/" + audit + "/cases/" + caseId + "/part";
        MockHttpServletRequestBuilder save = post(part).with(csrf()).param("then", "save").param("grade-" + sections.get(0), "GOOD")
                .param("evidence-" + sections.get(0), "Pastoral log <i>entries</i>");
        assertThat(perform(save, schoolLead).getResponse().getStatus()).isEqualTo(302);
        MvcResult refused = perform(post(part).with(csrf()).param("then", "submit").param("grade-" + sections.get(0), "GOOD")
                .param("evidence-" + sections.get(0), "Kept as typed"), schoolLead);
        assertThat(refused.getResponse().getContentAsString()).contains("Grade every section before submitting: 4 sections are not graded")
                .contains("Kept as typed");
        MockHttpServletRequestBuilder all = post(part).with(csrf()).param("then", "submit");
        String[] grades = {"GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE", "GOOD", "OUTSTANDING"};
        for (int i = 0; i < sections.size(); i++) {
            all.param("grade-" + sections.get(i), grades[i % grades.length]);
        }
        assertThat(perform(all, schoolLead).getResponse().getStatus()).isEqualTo(302);
        assertThat(perform(post(part).with(csrf()).param("then", "save").param("grade-" + sections.get(0), "INADEQUATE"), schoolLead)
                .getResponse().getContentAsString()).contains("can no longer be changed");
        assertThat(jdbc.queryForObject("select grade from ca_response where case_id = ? and agency_id = ? and section_id = ?", String.class,
                caseId, school, sections.get(0))).isEqualTo("GOOD");
        assertThat(page("/case-audits/" + audit + "/cases/" + caseId + "/agencies/" + school, bu)).contains("Requires improvement");
        UserDetails policeLead = lead("Northshire Police");
        assertThat(perform(get("/case-audits/" + audit + "/cases/" + caseId + "/agencies/" + school), policeLead).getResponse().getStatus())
                .as("one agency does not read another's audit").isEqualTo(403);

        // the meeting agrees the grades, shown with each agency's
        String meeting = "/case-audits/" + audit + "/cases/" + caseId + "/meeting";
        assertThat(page(meeting, bu)).contains("Riverside Academy Trust: ");
        LocalDate future = LocalDate.now().plusDays(3);
        assertThat(perform(post(meeting).with(csrf()).param("grade-" + sections.get(0), "GOOD").param("meetingOn.day", String.valueOf(future.getDayOfMonth()))
                .param("meetingOn.month", String.valueOf(future.getMonthValue())).param("meetingOn.year", String.valueOf(future.getYear())), bu)
                .getResponse().getContentAsString()).contains("must be today or in the past");
        MockHttpServletRequestBuilder agree = post(meeting).with(csrf()).param("meetingOn.day", String.valueOf(LocalDate.now().getDayOfMonth()))
                .param("meetingOn.month", String.valueOf(LocalDate.now().getMonthValue())).param("meetingOn.year", String.valueOf(LocalDate.now().getYear()));
        String[] agreed = {"GOOD", "REQUIRES_IMPROVEMENT", "REQUIRES_IMPROVEMENT", "GOOD", "GOOD"};
        for (int i = 0; i < sections.size(); i++) {
            agree.param("grade-" + sections.get(i), agreed[i % agreed.length]);
        }
        assertThat(perform(agree.param("note-" + sections.get(2), "Voice of the child missing in police records"), bu).getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from ca_audit where id = ?", String.class, audit)).isEqualTo("MET");

        // learning tagged with a theme; an action proposed to the business plan
        perform(post("/case-audits/" + audit + "/learning").with(csrf()).param("learningText", "Return interviews were not shared with schools")
                .param("theme", "Exploitation"), bu);
        perform(post("/case-audits/" + audit + "/actions").with(csrf()).param("actionText", "Share return interviews with the school's DSL " + run)
                .param("leadAgencyId", String.valueOf(police)).param("due.day", "30").param("due.month", "6").param("due.year", "2027"), bu);
        long action = jdbc.queryForObject("select id from ca_action where audit_id = ?", Long.class, audit);
        long deadline = System.currentTimeMillis() + 10_000;
        Long planned = 0L;
        while (System.currentTimeMillis() < deadline && planned == 0L) {
            planned = jdbc.queryForObject("select count(*) from plan_action where source_type = 'CASE_FILE_AUDIT' and source_id = ?", Long.class, action);
            Thread.sleep(100);
        }
        assertThat(planned).as("the action reaches the business plan").isEqualTo(1);

        // the report: shares good or better, PDF and XLSX
        String report = page("/case-audits/" + audit + "/report", as(Role.EXECUTIVE_MEMBER));
        assertThat(report).contains("60% of agreed grades were good or better (3 of 5)").contains("This is the first audit on this theme")
                .contains("Return interviews were not shared with schools").contains("Share return interviews with the school");
        assertThat(perform(get("/case-audits/" + audit + "/report"), schoolLead).getResponse().getStatus()).isEqualTo(403);
        MvcResult pdf = perform(get("/case-audits/" + audit + "/report.pdf"), bu);
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        MvcResult xlsx = perform(get("/case-audits/" + audit + "/report.xlsx"), bu);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Child X");
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Requires improvement");
            assertThat(book.getSheet("Actions").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Northshire Police");
        }

        // closed: nothing more goes in
        assertThat(perform(post("/case-audits/" + audit + "/close").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("ca.audit.closed");
        assertThat(perform(post("/case-audits/" + audit + "/cases").with(csrf()).param("reference", "Child Y"), bu).getResponse().getContentAsString())
                .contains("The audit has been closed");
    }

    @Test
    void theReAuditComparesWithTheLastAuditOnItsTheme() throws Exception {
        long neglect = jdbc.queryForObject("select max(id) from ca_audit where theme = 'Neglect'", Long.class);
        String report = page("/case-audits/" + neglect + "/report", as(Role.INDEPENDENT_SCRUTINEER));
        // last year's agreed grades: 7 of 15 good or better
        assertThat(report).contains("The last audit on this theme").contains("47% good or better");
    }

    @Test
    void aToolInUseChangesIntoANewVersionWhileItsAuditsKeepTheirs() throws Exception {
        MvcResult added = perform(post("/case-audits/tools").with(csrf()).param("name", "Exploitation tool " + run), bu);
        long tool = Long.parseLong(added.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        perform(post("/case-audits/tools/" + tool + "/sections").with(csrf()).param("title", "Return interviews"), bu);
        assertThat(jdbc.queryForObject("select count(*) from ca_tool where name = ?", Long.class, "Exploitation tool " + run)).isEqualTo(1);
        long audit = plan("Tool version " + run, tool, LocalDate.now().plusDays(10));
        MvcResult changed = perform(post("/case-audits/tools/" + tool + "/sections").with(csrf()).param("title", "Disruption of exploiters"), bu);
        long next = Long.parseLong(changed.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(next).isNotEqualTo(tool);
        assertThat(jdbc.queryForObject("select tool_version from ca_tool where id = ?", Integer.class, next)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ca_tool_section where tool_id = ?", Long.class, next)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ca_tool_section where tool_id = ?", Long.class, tool)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select tool_id from ca_audit where id = ?", Long.class, audit)).isEqualTo(tool);
        assertThat(perform(post("/case-audits/tools/" + tool + "/sections").with(csrf()).param("title", "Again"), bu).getResponse().getContentAsString())
                .contains("This is an earlier version of the tool");
    }

    private UserDetails lead(String agency) {
        long agencyId = jdbc.queryForObject("select id from organisation where name = ?", Long.class, agency);
        return AgencyLeads.create(jdbc, users, agencyId, "ca." + run.toLowerCase() + "." + agencyId + "@agency.example");
    }

}
