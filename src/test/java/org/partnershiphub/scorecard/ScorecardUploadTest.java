package org.partnershiphub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.shared.Quarter;
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

/** A quarter's figures from a spreadsheet: every problem by row before anything is saved, then every row or none. */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardUploadTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Scorecard scorecard;

    private String upload(UserDetails who, String csv) throws Exception {
        MvcResult result = mvc.perform(multipart("/scorecard/upload").file(new MockMultipartFile("file", "figures.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    private long figures(String code, Quarter quarter) {
        return jdbc.queryForObject("select count(*) from sc_figure f join sc_indicator i on i.id = f.indicator_id where i.code = ? "
                + "and f.quarter_key = ? and f.commentary = 'From the upload'", Long.class, code, quarter.key());
    }

    @Test
    void everyProblemIsShownByRowAndAGoodFileSavesEveryRow() throws Exception {
        UserDetails lead = users.loadUserByUsername(demo.forRole(Role.AGENCY_LEAD).email());
        Quarter quarter = scorecard.reportingQuarter();

        byte[] template = mvc.perform(get("/scorecard/upload/template.xlsx").with(user(lead))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            boolean edu1 = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).as("only the trust's own indicators").doesNotStartWith("POL");
                edu1 |= sheet.getRow(r).getCell(0).getStringCellValue().equals("EDU1");
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo(quarter.label());
            }
            assertThat(edu1).isTrue();
        }

        String header = CsvCells.row("Code", "Quarter", "Value", "Numerator", "Denominator", "Commentary");
        String bad = header
                + CsvCells.row("EDU1", quarter.label(), "98", "", "", "From the upload")
                + CsvCells.row("POL1", quarter.label(), "90", "", "", "From the upload")
                + CsvCells.row("NOPE", quarter.label(), "1", "", "", "")
                + CsvCells.row("EDU1", quarter.key(), "97", "", "", "")
                + CsvCells.row("EDU1", "Q9 2026-27", "97", "", "", "")
                + CsvCells.row("EDU1", quarter.previous().label(), "lots", "", "", "")
                + CsvCells.row("EDU1", quarter.previous().label(), "", "40", "", "");
        String preview = mvc.perform(get(upload(lead, bad)).with(user(lead))).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("There are 6 problems in the spreadsheet").contains("Nothing has been saved")
                .contains("Code: This is not one of your agency&#39;s indicators").contains("Code: There is no indicator with this code")
                .contains("Quarter: This indicator and quarter are on another row too")
                .contains("Quarter: Enter the quarter as, for example, Q2 2026-27").contains("Value: Enter a number, for example 72.5")
                .contains("Denominator: Enter both the numerator and the denominator, or neither").doesNotContain("Save 7 figures");
        assertThat(figures("EDU1", quarter)).isZero();

        String good = header + CsvCells.row("EDU1", quarter.label(), "98", "", "", "From the upload")
                + CsvCells.row("edu1", quarter.previous().key(), "96.5%", "", "", "From the upload");
        String url = upload(lead, good);
        assertThat(mvc.perform(get(url).with(user(lead))).andReturn().getResponse().getContentAsString()).contains("Save 2 figures")
                .contains("98%").contains("96.5%");
        UserDetails other = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        assertThat(mvc.perform(get(url).with(user(other))).andReturn().getResponse().getStatus()).as("only the uploader's").isEqualTo(404);
        MvcResult saved = mvc.perform(post(url + "/confirm").with(csrf()).with(user(lead))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/scorecard");
        assertThat(saved.getFlashMap().get("noticeArguments")).isEqualTo(new Object[] {2});
        assertThat(figures("EDU1", quarter)).isEqualTo(1);
        assertThat(figures("EDU1", quarter.previous())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ScorecardUpload'", Long.class)).isPositive();
    }

    @Test
    void benchmarksGoInFromASpreadsheetEveryRowOrNone() throws Exception {
        UserDetails bu = users.loadUserByUsername(demo.forRole(Role.BUSINESS_UNIT).email());
        String header = CsvCells.row("Code", "Comparator", "Period", "Value");
        String bad = header + CsvCells.row("CSC1", "England", "2023-24", "21.9") + CsvCells.row("CSC1", "Planet", "2023-24", "20")
                + CsvCells.row("NOPE", "England", "2023-24", "20") + CsvCells.row("CSC1", "Region", "2023-24", "many");
        MvcResult refused = mvc.perform(multipart("/scorecard/benchmarks/upload").file(new MockMultipartFile("file", "lait.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(bu))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("There are 3 problems in the spreadsheet")
                .contains("Choose the comparator").contains("There is no indicator with this code").contains("Enter a number, for example 72.5");
        String benchmarks = "select count(*) from sc_benchmark b join sc_indicator i on i.id = b.indicator_id where i.code = 'CSC1' and b.period_label = '2023-24'";
        assertThat(jdbc.queryForObject(benchmarks, Long.class)).isZero();

        String good = header + CsvCells.row("CSC1", "England", "2023-24", "21.9") + CsvCells.row("csc1", "Statistical neighbours", "2023-24", "22.4");
        MvcResult saved = mvc.perform(multipart("/scorecard/benchmarks/upload").file(new MockMultipartFile("file", "lait.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(bu))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/scorecard");
        assertThat(jdbc.queryForObject(benchmarks, Long.class)).isEqualTo(2);
    }
}
