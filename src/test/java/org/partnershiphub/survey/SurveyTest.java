package org.partnershiphub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
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
 * Surveys over HTTP: the business unit writes a survey (a blank title and a survey closing before it opens are refused
 * with what was typed kept; a choice question with one option is refused), publishes it (not without a question) and
 * its questions are then fixed; the public answers (every problem named at once: required answers missing, an option the
 * question does not have; a draft is not found; a closed survey takes nothing); the results count each option and rating
 * with the average, list free text escaped, and export as CSV; an anonymous survey keeps no name; reading results is for
 * the partnership's readers and audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return who == null ? mvc.perform(request).andReturn() : mvc.perform(request.with(user(who))).andReturn();
    }

    private String page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return perform(request, who).getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth())).param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }

    private long create(UserDetails bu, String title, LocalDate opens, LocalDate closes, boolean anonymous) throws Exception {
        MockHttpServletRequestBuilder request = date(date(post("/surveys").with(csrf()).param("title", title), "opensOn", opens), "closesOn", closes);
        if (anonymous) {
            request.param("anonymous", "true");
        }
        String url = perform(request, bu).getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/surveys/".length()));
    }

    private List<Long> questions(long survey) {
        return jdbc.queryForList("select id from survey_question where survey_id = ? order by position", Long.class, survey);
    }

    @Test
    void writePublishAnswerAndReadTheResults() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String title = "Multi-agency working " + run;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UserDetails bu = as(Role.BUSINESS_UNIT);

        assertThat(page(date(date(post("/surveys").with(csrf()).param("intro", "Kept " + run), "opensOn", today), "closesOn", today), bu))
                .contains("Enter a title").contains("Kept " + run);
        assertThat(page(date(date(post("/surveys").with(csrf()).param("title", title), "opensOn", today), "closesOn", today.minusDays(1)), bu))
                .contains("The survey must close on or after the day it opens").contains(title);
        long survey = create(bu, title, today, today.plusDays(10), true);
        String base = "/surveys/" + survey;

        assertThat(page(post(base + "/questions").with(csrf()).param("kind", "SINGLE").param("text", "Do you know who to call?")
                .param("options", "Yes"), bu)).contains("Enter at least two options, one per line").contains("Do you know who to call?");
        perform(post(base + "/questions").with(csrf()).param("kind", "SINGLE").param("text", "Do you know who to call?")
                .param("options", "Yes\nNo\n\nNot sure").param("required", "true"), bu);
        perform(post(base + "/questions").with(csrf()).param("kind", "MULTIPLE").param("text", "Which agencies do you work with?")
                .param("options", "Police\nHealth\nSchools"), bu);
        perform(post(base + "/questions").with(csrf()).param("kind", "RATING").param("text", "How good is information sharing?").param("required", "true"), bu);
        perform(post(base + "/questions").with(csrf()).param("kind", "TEXT").param("text", "What would help?"), bu);
        List<Long> q = questions(survey);
        assertThat(q).hasSize(4);

        // a draft is not found by the public
        assertThat(perform(get("/take/" + survey), null).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(post(base + "/publish").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("survey.publishedNotice");
        assertThat(page(post(base + "/questions").with(csrf()).param("kind", "TEXT").param("text", "Late"), bu))
                .contains("A published survey cannot change its questions");

        // a newsletter issue takes the open surveys in as a "Have your say" section with the closing day and the link
        String issueUrl = perform(post("/newsletter/issues").with(csrf()).param("title", "Survey issue " + run).param("audience", "EVERYONE"), bu)
                .getResponse().getRedirectedUrl();
        assertThat(perform(post(issueUrl + "/sections/surveys").with(csrf()), bu).getFlashMap().get("notice")).isEqualTo("newsletter.surveysAdded");
        assertThat(jdbc.queryForObject("select body from newsletter_section where issue_id = ?", String.class,
                Long.parseLong(issueUrl.substring("/newsletter/issues/".length()))))
                .contains(title + ": answer by " + today.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))
                .contains("/take/" + survey);

        // answering: every problem at once, what was chosen kept
        String take = page(get("/take/" + survey), null);
        assertThat(take).contains(title).contains("Do you know who to call?").contains("Exit this page").doesNotContain("Your name");
        String problems = page(post("/take/" + survey).with(csrf()).param("q" + q.get(1), "Police").param("q" + q.get(1), "Prison")
                .param("q" + q.get(2), "9"), null);
        assertThat(problems).contains("There is a problem").contains("href=\"#q" + q.get(0) + "\"").contains("Select an answer")
                .contains("Select one of the answers shown").contains("href=\"#q" + q.get(2) + "\"").contains("Select a rating from 1 to 5");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class, survey)).isZero();
        String[][] answers = {{"Yes", "Police,Health", "4", "More joint training <script>x</script>"}, {"Yes", "Police", "2", ""}, {"Not sure", "", "5", ""}};
        for (String[] a : answers) {
            MockHttpServletRequestBuilder request = post("/take/" + survey).with(csrf()).param("q" + q.get(0), a[0]).param("q" + q.get(2), a[2])
                    .param("q" + q.get(3), a[3]).param("name", "Should not be kept");
            for (String agency : a[1].split(",")) {
                if (!agency.isEmpty()) {
                    request.param("q" + q.get(1), agency);
                }
            }
            assertThat(perform(request, null).getResponse().getRedirectedUrl()).isEqualTo("/take/" + survey + "/thank-you");
        }
        assertThat(page(get("/take/" + survey + "/thank-you"), null)).contains("Thank you");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ? and respondent_name is not null", Long.class, survey))
                .isZero();

        // results: counts, average, text escaped; readers only; audited
        long views = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'Survey' and record_id = ? and action = 'VIEW'",
                Long.class, String.valueOf(survey));
        String results = page(get(base + "/results"), as(Role.EXECUTIVE_MEMBER));
        assertThat(results).contains("3 responses").contains("Average rating: 3.7 out of 5").contains("2 of 3 answered this question")
                .contains("More joint training &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where question_id = ? and choice = 'Police'", Long.class, q.get(1))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'Survey' and record_id = ? and action = 'VIEW'",
                Long.class, String.valueOf(survey))).isEqualTo(views + 1);
        assertThat(perform(get(base + "/results"), as(Role.PRACTITIONER)).getResponse().getStatus()).isEqualTo(403);
        String csv = page(get(base + "/results.csv"), bu);
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"submittedAt\",\"Do you know who to call?\"").doesNotContain("\"name\"");
        assertThat(csv).contains("Police; Health");
    }

    @Test
    void aNamedSurveyNeedsANameAClosedOneTakesNothingAndOneWithoutQuestionsIsNotPublished() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UserDetails bu = as(Role.BUSINESS_UNIT);
        long empty = create(bu, "Empty " + run, today, today.plusDays(3), false);
        assertThat(perform(post("/surveys/" + empty + "/publish").with(csrf()), bu).getFlashMap().get("problem")).isEqualTo("survey.error.noQuestions");

        long named = create(bu, "Named " + run, today, today.plusDays(3), false);
        perform(post("/surveys/" + named + "/questions").with(csrf()).param("kind", "TEXT").param("text", "Anything else?"), bu);
        perform(post("/surveys/" + named + "/publish").with(csrf()), bu);
        assertThat(page(post("/take/" + named).with(csrf()), null)).contains("Enter your name").contains("href=\"#name\"");
        assertThat(perform(post("/take/" + named).with(csrf()).param("name", "A. Practitioner"), null).getResponse().getRedirectedUrl()).endsWith("/thank-you");
        assertThat(jdbc.queryForObject("select respondent_name from survey_response where survey_id = ?", String.class, named)).isEqualTo("A. Practitioner");

        long closed = create(bu, "Closed " + run, today.minusDays(20), today.minusDays(1), true);
        perform(post("/surveys/" + closed + "/questions").with(csrf()).param("kind", "TEXT").param("text", "Anything else?"), bu);
        perform(post("/surveys/" + closed + "/publish").with(csrf()), bu);
        assertThat(page(get("/take/" + closed), null)).contains("This survey is open from").doesNotContain("Send my answers");
        assertThat(page(post("/take/" + closed).with(csrf()).param("q" + questions(closed).get(0), "Late"), null))
                .contains("This survey is not open, so your answers could not be sent");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class, closed)).isZero();
    }

    @Test
    void aJointSurveysPartnerReadsItsResultsAndNothingElse() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UserDetails bu = as(Role.BUSINESS_UNIT);
        UserDetails partnerLead = as(Role.AGENCY_LEAD);
        long partner = ((org.partnershiphub.shared.HubPrincipal) partnerLead).agencyId();
        long other = jdbc.queryForObject("select min(id) from organisation where id <> ?", Long.class, partner);
        long survey = create(bu, "Transitions to adult services " + run, today, today.plusDays(5), true);
        String base = "/surveys/" + survey;
        perform(post(base + "/questions").with(csrf()).param("kind", "RATING").param("text", "How well do transitions work?").param("required", "true"), bu);
        perform(post(base + "/publish").with(csrf()), bu);
        long question = questions(survey).get(0);
        perform(post("/take/" + survey).with(csrf()).param("q" + question, "4"), null);
        perform(post("/take/" + survey).with(csrf()).param("q" + question, "2"), null);

        // not joint: the agency lead cannot read it, nor see it listed
        assertThat(perform(get(base + "/results"), partnerLead).getResponse().getStatus()).isEqualTo(403);
        assertThat(page(get("/surveys"), partnerLead)).doesNotContain("Transitions to adult services " + run);
        assertThat(perform(post(base + "/joint").with(csrf()).param("jointAgency", "999999999"), bu).getFlashMap().get("problem"))
                .isEqualTo("survey.error.jointAgency");
        assertThat(perform(post(base + "/joint").with(csrf()).param("jointAgency", String.valueOf(partner)), partnerLead).getResponse().getStatus())
                .isEqualTo(403);

        // joint with the lead's agency: listed, results and both exports readable, and the export audited
        assertThat(perform(post(base + "/joint").with(csrf()).param("jointAgency", String.valueOf(partner)), bu).getFlashMap().get("notice"))
                .isEqualTo("survey.jointNotice");
        String list = page(get("/surveys"), partnerLead);
        assertThat(list).contains("Transitions to adult services " + run).doesNotContain("href=\"" + base + "\"");
        assertThat(page(get(base + "/results"), partnerLead)).contains("How well do transitions work?").contains("whose leads can read these results");
        assertThat(page(get(base + "/results.csv"), partnerLead)).contains("How well do transitions work?");
        MvcResult xlsx = perform(get(base + "/results.xlsx"), partnerLead);
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var responses = book.getSheet("Responses");
            assertThat(responses.getRow(0).getCell(1).getStringCellValue()).isEqualTo("How well do transitions work?");
            assertThat(responses.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(responses.getRow(1).getCell(1).getNumericCellValue() + responses.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            var summary = book.getSheet("Summary");
            boolean average = false;
            for (var row : summary) {
                if (row.getCell(1).getStringCellValue().equals("Average rating")) {
                    average = row.getCell(2).getNumericCellValue() == 3.0;
                }
            }
            assertThat(average).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'Survey' and record_id = ? and action = 'EXPORT'",
                Long.class, String.valueOf(survey))).isEqualTo(2);
        // the partner's lead manages nothing and reads nothing else of the survey module
        assertThat(perform(get(base), partnerLead).getResponse().getStatus()).isEqualTo(403);

        // joint with another agency instead: the lead is refused again
        perform(post(base + "/joint").with(csrf()).param("jointAgency", String.valueOf(other)), bu);
        assertThat(perform(get(base + "/results.xlsx"), partnerLead).getResponse().getStatus()).isEqualTo(403);
        assertThat(page(get(base), bu)).contains("Run jointly with");
    }
}
