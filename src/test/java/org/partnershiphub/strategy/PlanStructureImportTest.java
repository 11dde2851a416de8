package org.partnershiphub.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.CsvCells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A real plan's shape goes in from one spreadsheet: priorities with their statement and leads, the outcomes under
 * them and the actions under those; unknown headings can be matched to columns on the preview page; a lead written as
 * an agency's words reaches that agency's safeguarding lead.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanStructureImportTest {

    /** Shaped like the LLR business plan 2018-19 in the seeds: priority details once, outcomes as headings. */
    static final String SEED_SHAPED = CsvCells.row("Priority code", "Priority title", "Priority statement", "Partnership lead",
            "Board officer", "Key delivery mechanism", "Outcome", "Action", "Timescale", "Lead", "Success measure")
            + CsvCells.row("LSCB4", "Child Exploitation (Child Sexual Exploitation, Trafficking, Missing and Gangs)",
                    "Children at risk of exploitation are effectively safeguarded.", "Head of Public Protection, Police", "Board officer",
                    "CSE, Missing and Trafficked Operations group", "", "", "", "", "")
            + CsvCells.row("LSCB4", "", "", "", "", "", "Gain assurance that the approach to Child Sexual Exploitation safeguards children",
                    "Carry out a case file audit regarding Child Sexual Exploitation.", "September 2018", "Audit Chair (tbc)",
                    "Audit outcome and action plan report to Board.")
            + CsvCells.row("LSCB4", "", "", "", "", "", "Gain assurance that the approach to Child Sexual Exploitation safeguards children",
                    "Receive reports on the impact on service provision of any changes in funding regarding CSE.", "", "CSE Executive Chair", "")
            + CsvCells.row("LSCB4", "", "", "", "", "", "Develop and share learning about local approaches to safeguarding regarding gangs",
                    "Monitor emergence of referrals regarding gangs.", "November 2018", "Police", "Report numbers and types of concern.")
            + CsvCells.row("LSCB4", "", "", "", "", "", "", "Ensure Children Missing from Education are tracked", "December 2018",
                    "LA Children Missing education leads", "All children missing education are tracked and whereabouts known.");

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    long plan;
    UserDetails bu;

    @BeforeEach
    void anEmptyPlan() throws Exception {
        bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        plan = newPlan();
    }

    private long newPlan() throws Exception {
        String title = "Structure plan " + System.nanoTime();
        mvc.perform(post("/plan").with(csrf()).with(user(bu)).param("title", title).param("firstYear", "2018").param("lastYear", "2019"));
        return jdbc.queryForObject("select id from plan where title = ?", Long.class, title);
    }

    private String upload(long into, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/plan/" + into + "/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(csrf()).with(user(bu))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(bu))).andReturn().getResponse().getContentAsString();
    }

    private void confirm(long into, String url, int expectedActions) throws Exception {
        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)));
        for (int i = 0; i < 100 && count("select count(*) from plan_action where plan_id = ?", into) < expectedActions; i++) {
            Thread.sleep(100);
        }
        Thread.sleep(100);
        assertThat(page(url)).contains("Import complete");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    @Test
    void prioritiesOutcomesAndActionsGoInFromOneSheetAndComeBackOutInTheExport() throws Exception {
        String url = upload(plan, "llr-plan.csv", SEED_SHAPED.getBytes(StandardCharsets.UTF_8));
        String preview = page(url);
        assertThat(preview).contains("Priorities to add to the plan").contains("Child Exploitation (Child Sexual Exploitation")
                .contains("Outcomes to add").contains("Develop and share learning about local approaches")
                .contains("Import 4 actions, 1 priority, 2 outcomes").contains("Northshire Police (taken from the lead as written)")
                .doesNotContain("There is no priority");
        confirm(plan, url, 4);

        assertThat(text("select statement from plan_priority where plan_id = ? and code = 'LSCB4'", plan))
                .isEqualTo("Children at risk of exploitation are effectively safeguarded.");
        assertThat(text("select partnership_lead from plan_priority where plan_id = ? and code = 'LSCB4'", plan))
                .isEqualTo("Head of Public Protection, Police");
        assertThat(count("select count(*) from plan_outcome where plan_id = ?", plan)).isEqualTo(2);
        assertThat(count("select count(*) from plan_action a join plan_outcome o on o.id = a.outcome_id where a.plan_id = ? "
                + "and o.title like 'Gain assurance%'", plan)).isEqualTo(2);
        assertThat(count("select count(*) from plan_action where plan_id = ? and outcome_id is null and priority_id is not null", plan)).isEqualTo(1);
        // "Police" is the partnership's one police force: its safeguarding lead can update the action
        assertThat(text("select o.name from plan_action a join organisation o on o.id = a.lead_agency_id where a.plan_id = ? "
                + "and a.title like 'Monitor emergence%'", plan)).isEqualTo("Northshire Police");

        String planPage = page("/plan/" + plan);
        assertThat(planPage).contains("Outcome: Gain assurance that the approach to Child Sexual Exploitation safeguards children")
                .contains("Outcome: Develop and share learning about local approaches to safeguarding regarding gangs")
                .contains("LSCB4: actions directly under the priority");
        assertThat(planPage.indexOf("Outcome: Gain assurance")).isLessThan(planPage.indexOf("Carry out a case file audit"));
        assertThat(planPage.indexOf("Carry out a case file audit")).isLessThan(planPage.indexOf("Outcome: Develop and share"));

        byte[] export = mvc.perform(get("/plan/" + plan + "/export.xlsx").with(user(bu))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheet("Actions");
            int outcome = column(sheet.getRow(0), "Outcome");
            int priorityTitle = column(sheet.getRow(0), "Priority title");
            List<String> outcomes = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                outcomes.add(sheet.getRow(r).getCell(outcome).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(priorityTitle).getStringCellValue()).startsWith("Child Exploitation");
            }
            assertThat(outcomes).contains("Gain assurance that the approach to Child Sexual Exploitation safeguards children", "");
            assertThat(workbook.getSheet("Priorities").getRow(1).getCell(7).getStringCellValue()).contains("Develop and share learning");
        }
        // the export goes into next year's plan as it is: same priority, outcomes and actions
        long next = newPlan();
        String again = upload(next, "export.xlsx", export);
        assertThat(page(again)).contains("Import 4 actions, 1 priority, 2 outcomes");
        confirm(next, again, 4);
        assertThat(count("select count(*) from plan_outcome where plan_id = ?", next)).isEqualTo(2);
        assertThat(count("select count(*) from plan_action where plan_id = ? and outcome_id is not null", next)).isEqualTo(3);
        // imported again into the same plan, the priority and outcomes are reused, not doubled
        String same = upload(next, "export.xlsx", export);
        assertThat(page(same)).contains("Import 4 actions</button>").doesNotContain("Priorities to add");
    }

    private static int column(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void mergedCellsFromAWordTableFillEveryRowTheyCover() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Plan");
            String[][] cells = {{"Priority code", "Priority title", "Outcome", "Action"},
                    {"P7", "Neglect", "Children living with neglect are identified early", "Launch the neglect toolkit"},
                    {"", "", "", "Train 200 practitioners in the toolkit"},
                    {"", "", "", "Audit the use of the toolkit"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            for (int c = 0; c < 3; c++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 3, c, c));
            }
            workbook.write(out);
        }
        String url = upload(plan, "word-table.xlsx", out.toByteArray());
        assertThat(page(url)).contains("Import 3 actions, 1 priority, 1 outcome");
        confirm(plan, url, 3);
        assertThat(count("select count(*) from plan_action a join plan_outcome o on o.id = a.outcome_id where a.plan_id = ?", plan)).isEqualTo(3);
    }

    @Test
    void unknownHeadingsAreMatchedToColumnsOnThePreviewAndProblemsShowTheRowsAction() throws Exception {
        String csv = CsvCells.row("Ref", "What we will do next", "Owner", "Date", "Evidence of impact")
                + CsvCells.row("P1", "Refresh the threshold document", "Head of Early Help", "Sept 2018", "Threshold document published")
                + CsvCells.row("", "Run a neglect spotlight week", "Learning and Development Subgroup", "31/02/2019", "");
        String url = upload(plan, "own-headings.csv", csv.getBytes(StandardCharsets.UTF_8));
        String first = page(url);
        assertThat(first).contains("There is no &quot;Action&quot; column").contains("Match the columns the importer does not know")
                .contains("Your column &quot;What we will do next&quot; holds");
        MvcResult mapped = mvc.perform(post(url + "/columns").with(csrf()).with(user(bu))
                .param("column-1", "1").param("column-2", "4").param("column-3", "6").param("column-4", "7").param("column-0", "")).andReturn();
        String second = mapped.getResponse().getRedirectedUrl();
        assertThat(second).isNotEqualTo(url);
        String preview = page(second);
        assertThat(preview).contains("Columns you matched: What we will do next \u2192 Action")
                .contains("Columns not imported (the importer does not know them): Ref")
                // the impossible date's problem is shown with the action typed on that row
                .containsPattern("(?s)<td[^>]*>3</td>\\s*<td[^>]*>Run a neglect spotlight week</td>\\s*<td[^>]*>Timescale</td>");
        mvc.perform(post(second + "/confirm").with(csrf()).with(user(bu)).param("goodRows", "yes"));
        for (int i = 0; i < 100 && count("select count(*) from plan_action where plan_id = ?", plan) < 1; i++) {
            Thread.sleep(100);
        }
        assertThat(text("select success_measure from plan_action where plan_id = ? and title = 'Refresh the threshold document'", plan))
                .isEqualTo("Threshold document published");
        assertThat(text("select lead_description from plan_action where plan_id = ? and title = 'Refresh the threshold document'", plan))
                .isEqualTo("Head of Early Help");
        // the first import can no longer be confirmed: it was read again as a new one
        assertThat(mvc.perform(get(url).with(user(bu))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aLeadWrittenAsWordsIsLinkedToItsAgencyOnceForAllItsActions() throws Exception {
        String csv = CsvCells.row("Action", "Lead")
                + CsvCells.row("Check every school's safeguarding audit", "Designated safeguarding leads in schools")
                + CsvCells.row("Share the neglect toolkit with schools", "Designated safeguarding leads in schools")
                + CsvCells.row("Review the missing from education protocol", "LA Children Missing education leads");
        confirm(plan, upload(plan, "leads.csv", csv.getBytes(StandardCharsets.UTF_8)), 3);
        long action = count("select id from plan_action where plan_id = ? and title = 'Check every school''s safeguarding audit'", plan);
        UserDetails schoolLead = users.loadUserByUsername(demo.forRole(Role.AGENCY_LEAD).email());
        assertThat(postUpdate(action, schoolLead)).isEqualTo(403);

        String leads = page("/plan/" + plan + "/leads");
        assertThat(leads).contains("Designated safeguarding leads in schools").contains("LA Children Missing education leads");
        long school = count("select id from organisation where name = 'Riverside Academy Trust'");
        Map<String, String> form = Map.of("words-0", "Designated safeguarding leads in schools", "agency-0", String.valueOf(school),
                "words-1", "LA Children Missing education leads", "agency-1", "");
        var request = post("/plan/" + plan + "/leads").with(csrf()).with(user(bu));
        form.forEach(request::param);
        MvcResult linked = mvc.perform(request).andReturn();
        assertThat(linked.getFlashMap().get("noticeArguments")).isEqualTo(new Object[] {2});
        assertThat(count("select count(*) from plan_action where plan_id = ? and lead_agency_id = ?", plan, school)).isEqualTo(2);
        assertThat(text("select lead_description from plan_action where id = ?", action)).isEqualTo("Designated safeguarding leads in schools");
        assertThat(count("select count(*) from audit_entry where record_type = 'PlanAction' and record_id = ? and action = 'UPDATE'",
                String.valueOf(action))).isEqualTo(1);
        assertThat(postUpdate(action, schoolLead)).isEqualTo(302);
        assertThat(page("/plan/" + plan + "/leads")).doesNotContain("Designated safeguarding leads in schools")
                .contains("LA Children Missing education leads");
        // not the business unit: refused at the route
        assertThat(mvc.perform(get("/plan/" + plan + "/leads").with(user(schoolLead))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private int postUpdate(long action, UserDetails who) throws Exception {
        return mvc.perform(multipart("/plan/actions/" + action + "/updates").with(csrf()).with(user(who)).param("status", "GREEN")
                .param("commentary", "On track")).andReturn().getResponse().getStatus();
    }

    @Test
    void anActionTypedWithoutALeadOrTimescaleIsSavedFlaggedAndAnOutcomeMustBeItsPriorities() throws Exception {
        mvc.perform(post("/plan/" + plan + "/priorities").with(csrf()).with(user(bu)).param("code", "P1").param("title", "Neglect"));
        mvc.perform(post("/plan/" + plan + "/priorities").with(csrf()).with(user(bu)).param("code", "P2").param("title", "Exploitation"));
        long p1 = count("select id from plan_priority where plan_id = ? and code = 'P1'", plan);
        long p2 = count("select id from plan_priority where plan_id = ? and code = 'P2'", plan);
        mvc.perform(post("/plan/" + plan + "/priorities/" + p1 + "/outcomes").with(csrf()).with(user(bu)).param("title", "Neglect is identified early"));
        long outcome = count("select id from plan_outcome where priority_id = ?", p1);

        MvcResult wrong = mvc.perform(post("/plan/" + plan + "/actions").with(csrf()).with(user(bu)).param("priorityId", String.valueOf(p2))
                .param("outcomeId", String.valueOf(outcome)).param("title", "Publish the toolkit")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("Choose an outcome of the priority you chose").contains("Publish the toolkit");

        MvcResult saved = mvc.perform(post("/plan/" + plan + "/actions").with(csrf()).with(user(bu)).param("priorityId", String.valueOf(p1))
                .param("outcomeId", String.valueOf(outcome)).param("title", "Publish the toolkit")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(count("select count(*) from plan_action where plan_id = ? and outcome_id = ? and timescale_text is null "
                + "and lead_person_id is null and lead_agency_id is null and lead_description is null", plan, outcome)).isEqualTo(1);
        assertThat(page("/plan/" + plan)).contains("Outcome: Neglect is identified early").contains("No lead").contains("No timescale");

        MvcResult renamed = mvc.perform(post("/plan/" + plan + "/outcomes/" + outcome + "/edit").with(csrf()).with(user(bu)).param("title", " ")).andReturn();
        assertThat(renamed.getResponse().getContentAsString()).contains("Enter the outcome");
        mvc.perform(post("/plan/" + plan + "/outcomes/" + outcome + "/edit").with(csrf()).with(user(bu)).param("title", "Neglect is found early"));
        assertThat(text("select title from plan_outcome where id = ?", outcome)).isEqualTo("Neglect is found early");
    }
}
