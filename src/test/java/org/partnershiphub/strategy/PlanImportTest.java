package org.partnershiphub.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * Importing actions from a spreadsheet: every problem is shown with its row and nothing is saved until the file is
 * fixed; a clean file is previewed, confirmed and saved in the background with progress; an import is only its
 * maker's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanImportTest {

    static final String HEADER = CsvCells.row("Priority code", "Action", "Lead person email", "Lead agency", "Lead role or group",
            "Delivery mechanism", "Timescale", "Success measure");

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    long plan;
    UserDetails bu;

    @BeforeEach
    void aPlanWithOnePriority() throws Exception {
        bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        String title = "Import plan " + System.nanoTime();
        mvc.perform(post("/plan").with(csrf()).with(user(bu)).param("title", title).param("firstYear", "2019").param("lastYear", "2020"));
        plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, title);
        mvc.perform(post("/plan/" + plan + "/priorities").with(csrf()).with(user(bu)).param("code", "LSCB1").param("title", "Partnership transition"));
    }

    private long actions() {
        return jdbc.queryForObject("select count(*) from plan_action where plan_id = ?", Long.class, plan);
    }

    private String upload(String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/plan/" + plan + "/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(csrf()).with(user(bu))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(bu))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRealPlanGoesInAsWrittenWithBlanksFlagged() throws Exception {
        String lead = demo.forRole(Role.AGENCY_LEAD).email();
        String csv = HEADER
                + CsvCells.row("LSCB1", "Refresh the neglect strategy", "", "", "", "", "June 2018 to March 2019", "")
                + CsvCells.row("LSCB1", "Roll out the toolkit", lead, "", "", "", "2018-19 and onwards", "")
                + CsvCells.row("", "Audit the front door", "", "Northshire Police", "", "", "", "")
                + CsvCells.row("", "Keep the threshold under review", "", "", "Quality Assurance Subgroup", "", "Ongoing", "");
        String url = upload("plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        String preview = page(url);
        assertThat(preview).contains("4 actions from plan.csv are ready to import").doesNotContain("problem");
        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)));
        for (int i = 0; i < 100 && actions() < 4; i++) {
            Thread.sleep(100);
        }
        assertThat(actions()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select timescale_text from plan_action where plan_id = ? and title = 'Refresh the neglect strategy'",
                String.class, plan)).isEqualTo("June 2018 to March 2019");
        assertThat(jdbc.queryForObject("select timescale_kind from plan_action where plan_id = ? and title = 'Roll out the toolkit'",
                String.class, plan)).isEqualTo("AS_WRITTEN");
        assertThat(jdbc.queryForObject("select timescale_text from plan_action where plan_id = ? and title = 'Audit the front door'",
                String.class, plan)).isNull();
        String planPage = page("/plan/" + plan);
        assertThat(planPage).contains("June 2018 to March 2019").contains("2018-19 and onwards").contains("No lead").contains("No timescale");
    }

    @Test
    void theHeadingsPlansUseAreReadAndUnknownColumnsAreListed() throws Exception {
        String csv = CsvCells.row("Priority", "Action", "action_lead", "By when", "success_measure", "RAG", "Comments")
                + CsvCells.row("LSCB1", "Publish the neglect strategy", "Head of Early Help", "Sept 2019", "Strategy published", "G", "On track");
        String preview = page(upload("plan.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview).contains("1 action from plan.csv is ready to import").contains("Columns not imported")
                .contains("RAG, Comments").doesNotContain("action_lead,");
        String url = upload("plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)));
        for (int i = 0; i < 100 && actions() < 1; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject("select lead_description from plan_action where plan_id = ? and title = 'Publish the neglect strategy'",
                String.class, plan)).isEqualTo("Head of Early Help");
        assertThat(jdbc.queryForObject("select success_measure from plan_action where plan_id = ? and title = 'Publish the neglect strategy'",
                String.class, plan)).isEqualTo("Strategy published");
    }

    @Test
    void everyBadRowIsShownAndNothingIsSavedFromACsv() throws Exception {
        String lead = demo.forRole(Role.AGENCY_LEAD).email();
        String csv = HEADER
                + CsvCells.row("LSCB1", "Missing its lead", "", "", "", "", "Jan 2019", "")
                + CsvCells.row("LSCB9", "Unknown priority", lead, "", "", "", "July 2018", "")
                + CsvCells.row("LSCB1", "Month written short", lead, "", "", "Task and finish group", "Sept 2019", "Report to the Board")
                + CsvCells.row("", "Impossible date", "", "Northshire Police", "", "", "31/02/2025", "")
                + CsvCells.row("", "", "", "", "", "", "", "")
                + CsvCells.row("", "Unknown lead", "nobody@nowhere.example", "Imaginary Trust", "", "", "ongoing", "");
        String url = upload("plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        String html = page(url);
        // a missing lead is not a problem (it is flagged once imported); the others are
        assertThat(html).contains("There are 4 problems in the spreadsheet").contains("Nothing has been saved")
                .doesNotContain("Enter a lead person&#39;s email, a lead agency or a lead role or group")
                .contains("There is no priority with code &quot;LSCB9&quot; in this plan")
                .contains("&quot;31/02/2025&quot; is not a real date, month or quarter")
                .contains("There is no active person who can lead actions with the email &quot;nobody@nowhere.example&quot;")
                .contains("There is no agency called &quot;Imaginary Trust&quot;")
                .doesNotContain("Sept 2019&quot; is not")
                .doesNotContain("Import 1 actions");
        // rows are numbered as the spreadsheet numbers them (the header is row 1), each with the action typed on it
        assertThat(html).containsPattern("(?s)<td[^>]*>3</td>\\s*<td[^>]*>Unknown priority</td>\\s*<td[^>]*>Priority code</td>")
                .containsPattern("(?s)<td[^>]*>5</td>\\s*<td[^>]*>Impossible date</td>\\s*<td[^>]*>Timescale</td>");
        // confirming an import with problems saves nothing
        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)));
        assertThat(actions()).isZero();

        // the rows with problems come back as a spreadsheet, as uploaded, with what is wrong in a last column
        assertThat(html).contains("2 rows are ready; 3 rows have problems").contains("Import the 2 ready rows");
        MvcResult rejected = mvc.perform(get(url + "/rejected.xlsx").with(user(bu))).andReturn();
        assertThat(rejected.getResponse().getHeader("Content-Disposition")).contains("rows-to-fix.xlsx");
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(rejected.getResponse().getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Priority code");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Problems");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Unknown priority");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).contains("There is no priority with code \"LSCB9\" in this plan");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("31/02/2025");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Unknown lead");
        }
        // and the good rows can go in now
        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)).param("goodRows", "yes"));
        for (int i = 0; i < 100 && actions() < 2; i++) {
            Thread.sleep(100);
        }
        assertThat(actions()).isEqualTo(2);
        assertThat(jdbc.queryForList("select title from plan_action where plan_id = ? order by title", String.class, plan))
                .containsExactly("Missing its lead", "Month written short");
    }

    @Test
    void anXlsxWithDateCellsIsReadTheSameWay() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Actions");
            String[] header = {"Action", "Timescale", "Lead role or group", "Priority code"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Dated in a date cell");
            first.createCell(1).setCellValue(LocalDate.of(2019, 6, 30));
            first.getCell(1).setCellStyle(date);
            first.createCell(2).setCellValue("Board office");
            first.createCell(3).setCellValue("lscb1");
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("Quarterly report");
            second.createCell(1).setCellValue("Quarterly");
            second.createCell(2).setCellValue("Independent Chair");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        String url = upload("plan.xlsx", xlsx);
        String preview = page(url);
        assertThat(preview).contains("2 actions from plan.xlsx are ready to import").contains("30 June 2019").contains("Import 2 actions");

        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)));
        String progress = "";
        for (int i = 0; i < 100 && !progress.contains("Import complete"); i++) {
            Thread.sleep(100);
            progress = mvc.perform(get(url).header("HX-Request", "true").with(user(bu))).andReturn().getResponse().getContentAsString();
        }
        assertThat(progress).contains("Import complete").contains("2 actions have been added to the plan").doesNotContain("<html");
        assertThat(actions()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select due_date from plan_action where plan_id = ? and title = 'Dated in a date cell'", LocalDate.class, plan))
                .isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'PlanImport' and record_id = ?", Long.class,
                String.valueOf(plan))).isEqualTo(1);
        // confirming again does not import twice
        mvc.perform(post(url + "/confirm").with(csrf()).with(user(bu)));
        assertThat(actions()).isEqualTo(2);
    }

    @Test
    void anImportBelongsToWhoeverUploadedIt() throws Exception {
        String url = upload("plan.csv", (HEADER + CsvCells.row("", "An action", "", "", "Board office", "", "ongoing", ""))
                .getBytes(StandardCharsets.UTF_8));
        String email = "second.bu." + System.nanoTime() + "@northshire.example";
        long agency = jdbc.queryForObject("select organisation_id from user_account where email = ?", Long.class, bu.getUsername());
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, "
                + "created_at, version) values (?, 'Second Officer', 'Officer', ?, 'ACTIVE', '{noop}unused-password', false, current_timestamp, 0)",
                email, agency);
        jdbc.update("insert into user_role (user_id, role, granted_at) values ((select id from user_account where email = ?), 'BUSINESS_UNIT', current_timestamp)", email);
        UserDetails colleague = users.loadUserByUsername(email);
        assertThat(mvc.perform(get(url).with(user(colleague))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(url + "/confirm").with(csrf()).with(user(colleague))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(actions()).isZero();
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedNextToTheField() throws Exception {
        MvcResult result = mvc.perform(multipart("/plan/" + plan + "/import")
                .file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", "not a spreadsheet".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(user(bu))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("govuk-error-summary").contains("id=\"file-error\"");
        MvcResult template = mvc.perform(get("/plan/import-template.xlsx").with(user(bu))).andReturn();
        assertThat(template.getResponse().getContentType()).contains("spreadsheetml");
    }
}
