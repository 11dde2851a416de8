package org.partnershiphub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.scorecard.internal.Scorecard;
import org.partnershiphub.shared.AgencyLeads;
import org.partnershiphub.shared.Quarter;
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
 * The scorecard end to end: the business unit defines an indicator, its agency's safeguarding lead enters the quarter's
 * figure from its parts, the scorecard shows it with its RAG and travel, the business unit signs it off and it is
 * locked on every path; another agency neither sees nor enters it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Scorecard scorecard;

    String run;
    UserDetails bu;
    UserDetails schoolLead;
    long school;

    @BeforeEach
    void setUp() {
        run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();
        bu = as(Role.BUSINESS_UNIT);
        schoolLead = as(Role.AGENCY_LEAD);
        school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
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

    private long indicator() throws Exception {
        MvcResult created = perform(post("/scorecard/indicators").with(csrf()).param("code", "T" + run)
                .param("title", "Pupils with a designated safeguarding lead trained this year " + run).param("priorityGroup", "Education " + run)
                .param("ownerAgencyId", String.valueOf(school)).param("unit", "PERCENT").param("numerator", "Schools with a trained DSL")
                .param("denominator", "Schools").param("polarity", "HIGHER_IS_BETTER").param("target", "90").param("tolerance", "5")
                .param("dataSource", "Trust records").param("frequency", "QUARTERLY"), bu);
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(302);
        return jdbc.queryForObject("select id from sc_indicator where code = ?", Long.class, "T" + run);
    }

    @Test
    void aFigureGoesInFromItsPartsShowsItsRagAndIsLockedOnceSignedOff() throws Exception {
        long id = indicator();
        Quarter quarter = scorecard.reportingQuarter();
        String figure = "/scorecard/indicators/" + id + "/figures/" + quarter.key();

        // a quarter still running is refused, naming the field and keeping what was typed
        MvcResult early = perform(post("/scorecard/indicators/" + id + "/figures/" + quarter.next().key()).with(csrf())
                .param("value", "88").param("commentary", "Kept <b>as typed</b>"), schoolLead);
        assertThat(early.getResponse().getStatus()).isEqualTo(404); // not one of the quarters a scorecard shows

        MvcResult mismatch = perform(post(figure).with(csrf()).param("numerator", "45").param("denominator", "50").param("value", "80")
                .param("commentary", "Kept <b>as typed</b>"), schoolLead);
        assertThat(mismatch.getResponse().getContentAsString()).contains("The value does not match the numerator and denominator")
                .contains("Kept &lt;b&gt;as typed&lt;/b&gt;");
        MvcResult saved = perform(post(figure).with(csrf()).param("numerator", "45").param("denominator", "50")
                .param("commentary", "All but five schools trained"), schoolLead);
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select f.figure_value from sc_figure f join sc_indicator i on i.id = f.indicator_id where i.id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("90.0");

        String card = page("/scorecard?quarter=" + quarter.key(), as(Role.EXECUTIVE_MEMBER));
        assertThat(card).contains("T" + run).contains("90%").contains("Green: on target").contains("90% or more");
        assertThat(page("/scorecard/indicators/" + id, bu)).contains("All but five schools trained");

        // another agency's lead neither enters nor reads it, and the attempt is audited
        UserDetails stranger = otherAgencyLead();
        assertThat(perform(post(figure).with(csrf()).param("value", "10"), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/scorecard/indicators/" + id), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(page("/scorecard", stranger)).doesNotContain("T" + run);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'ScorecardIndicator' "
                + "and record_id = ?", Long.class, String.valueOf(id))).isEqualTo(2);
        // the school's lead sees their own indicator but not the police's
        String own = page("/scorecard", schoolLead);
        assertThat(own).contains("T" + run).doesNotContain("Police attendance at initial child protection conferences");

        // signed off: locked for the agency and for the business unit alike
        assertThat(perform(post(figure + "/sign-off").with(csrf()), schoolLead).getResponse().getStatus()).isEqualTo(403);
        perform(post(figure + "/sign-off").with(csrf()), bu);
        MvcResult locked = perform(post(figure).with(csrf()).param("value", "95"), schoolLead);
        assertThat(locked.getResponse().getContentAsString()).contains("This figure has been signed off and can no longer be changed");
        assertThat(perform(post(figure).with(csrf()).param("value", "95"), bu).getResponse().getContentAsString())
                .contains("can no longer be changed");
        assertThat(jdbc.queryForObject("select figure_value from sc_figure where indicator_id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("90.0");

        byte[] xlsx = perform(get("/scorecard/export.xlsx?quarter=" + quarter.key()), bu).getResponse().getContentAsByteArray();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'Scorecard' and record_id = ?",
                Long.class, quarter.key())).isPositive();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("T" + run)) {
                    found = true;
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(90.0);
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Green: on target");
                }
            }
            assertThat(found).isTrue();
        }
        MvcResult pdf = perform(get("/scorecard/export.pdf?quarter=" + quarter.key()), as(Role.EXECUTIVE_MEMBER));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Scorecard for " + quarter.label()).contains("T" + run).contains("Green: on target")
                    .contains("Northshire Safeguarding Children Partnership");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
        }
    }

    @Test
    void anIndicatorIsDefinedWithEveryProblemNextToItsField() throws Exception {
        MvcResult bad = perform(post("/scorecard/indicators").with(csrf()).param("code", "").param("title", "Typed <title>")
                .param("unit", "PERCENT").param("polarity", "WITHIN_BAND").param("target", "35").param("targetUpper", "")
                .param("tolerance", "five").param("frequency", "QUARTERLY"), bu);
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(bad.getResponse().getContentAsString()).contains("Enter a code").contains("Choose the agency that owns the indicator")
                .contains("Enter a number, for example 72.5").contains("Typed &lt;title&gt;");
        MvcResult noUpper = perform(post("/scorecard/indicators").with(csrf()).param("code", "B" + run).param("title", "Band " + run)
                .param("ownerAgencyId", String.valueOf(school)).param("unit", "RATE_PER_10000").param("polarity", "WITHIN_BAND")
                .param("target", "35").param("frequency", "QUARTERLY"), bu);
        assertThat(noUpper.getResponse().getContentAsString()).contains("Enter the upper end of the band, at or above the target");
        assertThat(perform(get("/scorecard/indicators/new"), schoolLead).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDemoScorecardFlagsWhatIsOffTrackAndWhatIsLate() throws Exception {
        String card = page("/scorecard", as(Role.LEAD_PARTNER));
        assertThat(card).contains("Police attendance at initial child protection conferences").contains("Red: off track")
                .contains("Overdue").contains("England");
        assertThat(scorecard.offTrack()).isPositive();
        assertThat(page("/dashboard", as(Role.EXECUTIVE_MEMBER))).contains("Off track (red) last quarter");
    }

    private UserDetails otherAgencyLead() {
        String agency = "Scorecard other agency " + run;
        jdbc.update("insert into organisation (name, org_type, active, created_at) values (?, 'OTHER', true, current_timestamp)", agency);
        long agencyId = jdbc.queryForObject("select id from organisation where name = ?", Long.class, agency);
        return AgencyLeads.create(jdbc, users, agencyId, "sc." + run.toLowerCase() + "@other.example");
    }

}
