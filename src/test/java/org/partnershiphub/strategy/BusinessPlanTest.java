package org.partnershiphub.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.files.UploadFixtures;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.partnershiphub.strategy.internal.ActionStatus;
import org.partnershiphub.strategy.internal.PlanDashboard;
import org.partnershiphub.strategy.internal.PlanSpreadsheets;
import org.partnershiphub.shared.Quarter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The business plan over HTTP: who may post updates (the lead person, the lead agency's safeguarding lead, the business
 * unit; anyone else refused and audited), evidence files checked and served safely, agreed versions, the Executive
 * dashboard's counts and movement, and the XLSX and PDF exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BusinessPlanTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanDashboard dashboard;

    long plan;
    long p1;
    long p2;
    String run;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn();
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @BeforeEach
    void aPlanWithTwoPriorities() throws Exception {
        run = Long.toString(System.nanoTime(), 36);
        UserDetails bu = as(Role.BUSINESS_UNIT);
        perform(post("/plan").with(csrf()).param("title", "Plan " + run).param("firstYear", "2026").param("lastYear", "2027"), bu);
        plan = id("select id from plan where title = ?", "Plan " + run);
        perform(post("/plan/" + plan + "/priorities").with(csrf()).param("code", "P1").param("title", "Domestic abuse: children as victims"), bu);
        perform(post("/plan/" + plan + "/priorities").with(csrf()).param("code", "P2").param("title", "Safeguarding through Family Help"), bu);
        p1 = id("select id from plan_priority where plan_id = ? and code = 'P1'", plan);
        p2 = id("select id from plan_priority where plan_id = ? and code = 'P2'", plan);
    }

    private long action(Long priorityId, String title, Long leadPersonId, Long leadAgencyId, String timescale) throws Exception {
        var request = post("/plan/" + plan + "/actions").with(csrf()).param("title", title).param("timescale", timescale)
                .param("priorityId", priorityId == null ? "" : String.valueOf(priorityId));
        if (leadPersonId != null) {
            request.param("leadPersonId", String.valueOf(leadPersonId));
        }
        if (leadAgencyId != null) {
            request.param("leadAgencyId", String.valueOf(leadAgencyId));
        } else if (leadPersonId == null) {
            request.param("leadDescription", "Business unit manager");
        }
        MvcResult result = perform(request, as(Role.BUSINESS_UNIT));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return id("select id from plan_action where plan_id = ? and title = ?", plan, title);
    }

    private long personId(Role role) {
        return id("select id from user_account where email = ?", demo.forRole(role).email());
    }

    private UserDetails otherAgencyLead() {
        String agency = "Other agency " + run;
        jdbc.update("insert into organisation (name, org_type, active, created_at) values (?, 'OTHER', true, current_timestamp)", agency);
        long agencyId = id("select id from organisation where name = ?", agency);
        String email = "lead." + run + "@other.example";
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, "
                + "created_at, version) values (?, 'Other Lead', 'Lead', ?, 'ACTIVE', '{noop}unused-password', false, current_timestamp, 0)",
                email, agencyId);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'AGENCY_LEAD', current_timestamp)",
                id("select id from user_account where email = ?", email));
        return users.loadUserByUsername(email);
    }

    private int postUpdate(long actionId, UserDetails who, String status) throws Exception {
        return perform(multipart("/plan/actions/" + actionId + "/updates").with(csrf()).param("status", status)
                .param("commentary", "Progress by " + who.getUsername()), who).getResponse().getStatus();
    }

    private long denials(long actionId) {
        return id("select count(*) from audit_entry where action = 'DENIED' and record_type = 'PlanAction' and record_id = ?",
                String.valueOf(actionId));
    }

    @Test
    void onlyTheLeadTheLeadAgencyAndTheBusinessUnitPostUpdates() throws Exception {
        long led = action(p1, "Audit domestic abuse cases " + run, personId(Role.AGENCY_LEAD), null, "Sept 2026");
        UserDetails stranger = otherAgencyLead();
        long strangerAgency = id("select organisation_id from user_account where email = ?", stranger.getUsername());
        long agencyLed = action(p2, "Family Help pathway review " + run, null, strangerAgency, "Q4 2026-27");

        assertThat(postUpdate(led, stranger, "GREEN")).isEqualTo(403);
        assertThat(postUpdate(led, as(Role.SUBGROUP_MEMBER), "GREEN")).isEqualTo(403);
        assertThat(denials(led)).isEqualTo(2);
        assertThat(id("select count(*) from plan_update where action_id = ?", led)).isZero();

        assertThat(postUpdate(led, as(Role.AGENCY_LEAD), "AMBER")).isEqualTo(302);
        assertThat(postUpdate(agencyLed, stranger, "GREEN")).isEqualTo(302);
        assertThat(postUpdate(agencyLed, as(Role.AGENCY_LEAD), "RED")).isEqualTo(403);
        assertThat(postUpdate(agencyLed, as(Role.BUSINESS_UNIT), "COMPLETE")).isEqualTo(302);

        assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, led)).isEqualTo("AMBER");
        assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, agencyLed)).isEqualTo("COMPLETE");
        assertThat(id("select count(*) from audit_entry where action = 'CREATE' and record_type = 'PlanUpdate' and detail like ?",
                "action " + led + " %")).isEqualTo(1);
        // the page offers the form only to those who may use it
        assertThat(perform(get("/plan/actions/" + led), as(Role.AGENCY_LEAD)).getResponse().getContentAsString()).contains("Post update");
        assertThat(perform(get("/plan/actions/" + led), as(Role.EXECUTIVE_MEMBER)).getResponse().getContentAsString()).doesNotContain("Post update");
        assertThat(perform(get("/plan/my-actions"), as(Role.AGENCY_LEAD)).getResponse().getContentAsString()).contains("Audit domestic abuse cases " + run);
    }

    @Test
    void evidenceFilesAreCheckedKeptWithTheUpdateAndServedAsAttachments() throws Exception {
        long led = action(p1, "Evidence action " + run, personId(Role.AGENCY_LEAD), null, "ongoing");
        long other = action(p2, "Other action " + run, personId(Role.AGENCY_LEAD), null, "quarterly");
        UserDetails lead = as(Role.AGENCY_LEAD);

        MvcResult refused = perform(multipart("/plan/actions/" + led + "/updates")
                .file(new MockMultipartFile("evidence", "minutes.pdf", "application/pdf", UploadFixtures.windowsProgram()))
                .with(csrf()).param("status", "GREEN").param("commentary", "Typed <b>commentary</b> kept"), lead);
        String page = refused.getResponse().getContentAsString();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("The contents of the selected file are not in PDF format").contains("Typed &lt;b&gt;commentary&lt;/b&gt; kept")
                .contains("Select your evidence files again");
        assertThat(id("select count(*) from plan_update where action_id = ?", led)).isZero();

        MvcResult posted = perform(multipart("/plan/actions/" + led + "/updates")
                .file(new MockMultipartFile("evidence", "../../Audit report.pdf", "application/pdf", UploadFixtures.pdf()))
                .with(csrf()).param("status", "GREEN").param("commentary", "Audit done").param("evidenceLink", "https://example.org/report"), lead);
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        long update = id("select id from plan_update where action_id = ?", led);
        long file = id("select id from stored_file where owner_type = 'PlanUpdate' and owner_id = ?", update);
        assertThat(perform(get("/plan/actions/" + led), as(Role.EXECUTIVE_MEMBER)).getResponse().getContentAsString())
                .contains("Audit report.pdf").contains("https://example.org/report");

        MvcResult download = perform(get("/plan/actions/" + led + "/evidence/" + file), as(Role.EXECUTIVE_MEMBER));
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getContentAsByteArray())
                .isEqualTo(jdbc.queryForObject("select content from stored_file where id = ?", byte[].class, file))
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(id("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'PlanEvidence' and record_id = ?",
                String.valueOf(file))).isEqualTo(1);
        // a file is only reachable through the action it evidences
        assertThat(perform(get("/plan/actions/" + other + "/evidence/" + file), as(Role.EXECUTIVE_MEMBER)).getResponse().getStatus()).isEqualTo(404);

        MvcResult badLink = perform(multipart("/plan/actions/" + led + "/updates").with(csrf()).param("status", "GREEN")
                .param("commentary", "Link test").param("evidenceLink", "javascript:alert(1)"), lead);
        assertThat(badLink.getResponse().getContentAsString()).contains("Enter a web address starting with https://");
    }

    @Test
    void versionsAreAgreedInTurnWithWhatChanged() throws Exception {
        UserDetails bu = as(Role.BUSINESS_UNIT);
        assertThat(perform(post("/plan/" + plan + "/agree").with(csrf()).param("whatChanged", ""), bu).getResponse().getContentAsString())
                .contains("Enter what changed in this version");
        perform(post("/plan/" + plan + "/agree").with(csrf()).param("whatChanged", "Agreed by the Executive on 12 April 2026"), bu);
        perform(post("/plan/" + plan + "/agree").with(csrf()).param("whatChanged", "Added the JTAI actions"), bu);
        assertThat(jdbc.queryForList("select label from plan_version where plan_id = ? order by id", String.class, plan)).containsExactly("1.0", "1.1");
        assertThat(jdbc.queryForObject("select version_label from plan where id = ?", String.class, plan)).isEqualTo("1.1");
        assertThat(perform(get("/plan/" + plan), as(Role.INDEPENDENT_SCRUTINEER)).getResponse().getContentAsString())
                .contains("Added the JTAI actions").contains("Version 1.1");
    }

    @Test
    void theDashboardCountsStatusesOverdueMissingUpdatesAndMovement() throws Exception {
        long onTrack = action(p1, "On track " + run, personId(Role.AGENCY_LEAD), null, "31/03/2027");
        long overdue = action(p1, "Overdue " + run, null, null, "31/03/2025");
        long improved = action(p2, "Improved " + run, null, null, "ongoing");
        long worsened = action(p2, "Worsened " + run, null, null, "quarterly");
        action(null, "Planned work " + run, null, null, "Q4 2026-27");
        assertThat(postUpdate(onTrack, as(Role.AGENCY_LEAD), "GREEN")).isEqualTo(302);
        String thisQuarter = Quarter.of(java.time.LocalDate.now()).key();
        jdbc.update("update plan_action set status = 'GREEN', previous_status = 'RED', status_quarter = ? where id = ?", thisQuarter, improved);
        jdbc.update("update plan_action set status = 'RED', previous_status = 'AMBER', status_quarter = ? where id = ?", thisQuarter, worsened);

        PlanDashboard.View view = dashboard.view(plan);
        PlanDashboard.Line first = view.lines().get(0);
        PlanDashboard.Line second = view.lines().get(1);
        PlanDashboard.Line planned = view.lines().get(2);
        assertThat(first.code()).isEqualTo("P1");
        assertThat(first.count(ActionStatus.GREEN)).isEqualTo(1);
        assertThat(first.count(ActionStatus.NOT_STARTED)).isEqualTo(1);
        assertThat(first.overdue()).isEqualTo(1);
        assertThat(first.noUpdate()).isEqualTo(1);
        assertThat(second.improved()).isEqualTo(1);
        assertThat(second.worsened()).isEqualTo(1);
        assertThat(second.count(ActionStatus.RED)).isEqualTo(1);
        assertThat(planned.plannedWork()).isTrue();
        assertThat(planned.total()).isEqualTo(1);
        assertThat(view.totals().total()).isEqualTo(5);
        assertThat(view.totals().noUpdate()).isEqualTo(2);
        assertThat(view.overdue()).extracting(PlanDashboard.OverdueAction::id).containsExactly(overdue);

        String html = perform(get("/plan/" + plan + "/dashboard"), as(Role.EXECUTIVE_MEMBER)).getResponse().getContentAsString();
        assertThat(html).contains("<svg").contains("id=\"dashboard-table\"").contains("Overdue " + run);
    }

    @Test
    void anUpdateIsForTheQuarterThePersonPicks() throws Exception {
        long a = action(p1, "Quarterly picked " + run, null, null, "Ongoing");
        UserDetails bu = as(Role.BUSINESS_UNIT);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        var quarters = org.partnershiphub.shared.Quarter.reportable(2026, 2027, today);
        String page = perform(get("/plan/actions/" + a), bu).getResponse().getContentAsString();
        for (var q : quarters) {
            assertThat(page).contains("value=\"" + q.key() + "\"").contains(q.label());
        }
        var earliest = quarters.get(quarters.size() - 1);
        perform(multipart("/plan/actions/" + a + "/updates").with(csrf()).param("status", "GREEN").param("commentary", "For the earliest quarter")
                .param("quarter", earliest.key()), bu);
        assertThat(jdbc.queryForObject("select quarter_key from plan_update where action_id = ?", String.class, a)).isEqualTo(earliest.key());
        assertThat(perform(get("/plan/actions/" + a), bu).getResponse().getContentAsString()).contains("Update for " + earliest.label());
        // a quarter outside the plan's period, or still to come, is refused next to the field with the commentary kept
        String refused = perform(multipart("/plan/actions/" + a + "/updates").with(csrf()).param("status", "GREEN")
                .param("commentary", "Typed before the refusal").param("quarter", "2031Q1"), bu).getResponse().getContentAsString();
        assertThat(refused).contains("Choose a quarter of the plan&#39;s period that has begun").contains("Typed before the refusal");
        assertThat(jdbc.queryForObject("select count(*) from plan_update where action_id = ?", Integer.class, a)).isEqualTo(1);
        assertThat(org.partnershiphub.shared.Quarter.reportable(2019, 2022, today)).hasSize(12)
                .first().isEqualTo(new org.partnershiphub.shared.Quarter(2021, 4));
    }

    @Test
    void thePlanExportsToASpreadsheetThatImportsAgainAndToAPdf() throws Exception {
        long audited = action(p1, "Complete a multi-agency audit " + run, personId(Role.AGENCY_LEAD), null, "Sept 2026");
        action(null, "Publish the arrangements " + run, null, null, "31/12/2026");
        UserDetails executive = as(Role.EXECUTIVE_MEMBER);
        postUpdate(audited, as(Role.BUSINESS_UNIT), "AMBER");

        MvcResult xlsx = perform(get("/plan/" + plan + "/export.xlsx"), executive);
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        List<String> titles = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Actions");
            Row header = sheet.getRow(0);
            for (int c = 0; c < PlanSpreadsheets.COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(PlanSpreadsheets.COLUMNS.get(c));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P1");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(demo.forRole(Role.AGENCY_LEAD).email());
            assertThat(workbook.getSheet("Priorities").getRow(2).getCell(0).getStringCellValue()).isEqualTo("P2");
            // status in words and the latest commentary, not codes
            int status = PlanSpreadsheets.COLUMNS.size();
            assertThat(header.getCell(status).getStringCellValue()).isEqualTo("Status");
            assertThat(header.getCell(status + 2).getStringCellValue()).isEqualTo("Latest commentary");
            assertThat(sheet.getRow(1).getCell(status).getStringCellValue()).isEqualTo("Amber: at risk");
            assertThat(sheet.getRow(1).getCell(status + 2).getStringCellValue()).isEqualTo("Progress by " + demo.forRole(Role.BUSINESS_UNIT).email());
            assertThat(sheet.getRow(2).getCell(status).getStringCellValue()).isEqualTo("Not started");
        }
        assertThat(titles).containsExactly("Complete a multi-agency audit " + run, "Publish the arrangements " + run);

        MvcResult pdf = perform(get("/plan/" + plan + "/export.pdf"), executive);
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Plan " + run).contains("P1 Domestic abuse: children as victims")
                    .contains("Complete a multi-agency audit " + run).contains("Planned work").contains("September 2026");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
        }
        assertThat(id("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'Plan' and record_id = ?",
                String.valueOf(plan))).isEqualTo(2);
    }
}
