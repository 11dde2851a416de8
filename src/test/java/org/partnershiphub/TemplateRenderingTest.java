package org.partnershiphub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.identity.internal.AccountAdministration;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Renders every page template at least once, through the real controllers, security and Thymeleaf, including the
 * error states and error pages, so no template error waits for a user to find it. A missing message shows as "??".
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateRenderingTest {

    static final Set<String> RENDERED = new TreeSet<>();

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountAdministration administration;

    private String render(AbstractMockHttpServletRequestBuilder<?> request, Role role) throws Exception {
        if (role != null) {
            request.with(user(principal(role)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        if (!result.getRequest().getRequestURI().equals("/error")) {
            assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isLessThan(500);
        }
        if (result.getModelAndView() != null && result.getModelAndView().getViewName() != null
                && !result.getModelAndView().getViewName().startsWith("redirect:")) {
            RENDERED.add(result.getModelAndView().getViewName());
            String body = result.getResponse().getContentAsString();
            assertThat(body).as(result.getModelAndView().getViewName()).doesNotContain("??").contains("</html>");
        }
        return result.getResponse().getContentAsString();
    }

    private UserDetails principal(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    @Test
    void publicPages() throws Exception {
        render(get("/"), null);
        render(get("/accessibility"), null);
        render(get("/privacy"), null);
        render(get("/sign-in"), null);
        render(get("/sign-in").param("error", ""), null);
        render(get("/signed-out"), null);
        render(get("/invitation/not-a-real-token"), null);
    }

    @Test
    void signedInPagesForEveryRole() throws Exception {
        for (Role role : Role.values()) {
            String dashboard = render(get("/dashboard"), role);
            assertThat(dashboard).contains(demo.forRole(role).name());
            render(get("/account"), role);
            render(get("/account/password"), role);
        }
        render(post("/account/password").with(csrf()).param("currentPassword", "wrong").param("newPassword", "short")
                .param("confirmPassword", "other"), Role.PRACTITIONER);
    }

    @Test
    void administratorPages() throws Exception {
        long id = jdbc.queryForObject("select id from user_account where email = 'practitioner@northshire.example'", Long.class);
        render(get("/admin/users"), Role.ADMINISTRATOR);
        render(get("/admin/users/invite"), Role.ADMINISTRATOR);
        render(post("/admin/users/invite").with(csrf()), Role.ADMINISTRATOR);
        render(get("/admin/users/" + id), Role.ADMINISTRATOR);
        render(get("/admin/users/" + id + "/roles"), Role.ADMINISTRATOR);
        render(post("/admin/users/" + id + "/roles").with(csrf()).param("roles", "PRACTITIONER").param("version", "0")
                .param("password", "not my password"), Role.ADMINISTRATOR);
        render(get("/admin/organisations"), Role.ADMINISTRATOR);
        render(post("/admin/organisations").with(csrf()).param("name", ""), Role.ADMINISTRATOR);
        render(get("/admin/access-review"), Role.ADMINISTRATOR);
        render(get("/admin/retention"), Role.AUDITOR);
        long group = jdbc.queryForObject("select id from hub_group where name = 'Review Advisory Group'", Long.class);
        render(get("/admin/groups"), Role.ADMINISTRATOR);
        render(post("/admin/groups").with(csrf()).param("name", ""), Role.ADMINISTRATOR);
        render(get("/admin/groups/" + group), Role.ADMINISTRATOR);
        render(post("/admin/groups/" + group + "/members").with(csrf()), Role.ADMINISTRATOR);
    }

    @Test
    void setPasswordFromAnInvitation() throws Exception {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        var result = administration.invite(new AccountAdministration.NewAccount("Rendering Person",
                "rendering." + System.nanoTime() + "@northshire.example", null, agency, Set.of(Role.PRACTITIONER)));
        String url = ((AccountAdministration.InviteResult.Invited) result).link().url();
        String path = url.substring(url.indexOf("/invitation/"));
        render(get(path), null);
        render(post(path).with(csrf()).param("password", "password1234").param("confirmPassword", "password1234"), null);
    }

    @Test
    void agencyLeadAndAuditorPages() throws Exception {
        long id = jdbc.queryForObject("select id from user_account where email = 'practitioner@northshire.example'", Long.class);
        render(get("/agency/people"), Role.AGENCY_LEAD);
        render(get("/agency/people/" + id), Role.AGENCY_LEAD);
        render(post("/agency/people/" + id).with(csrf()).param("jobTitle", "x".repeat(300)), Role.AGENCY_LEAD);
        render(get("/audit"), Role.AUDITOR);
    }

    @Test
    void businessUnitPages() throws Exception {
        render(get("/calendar/non-working-days"), Role.BUSINESS_UNIT);
        render(post("/calendar/non-working-days").with(csrf()).param("day", "31").param("month", "2").param("year", "2027"), Role.BUSINESS_UNIT);
    }

    @Test
    void reviewPages() throws Exception {
        render(get("/reviews/refer"), Role.AGENCY_LEAD);
        render(post("/reviews/refer").with(csrf()), Role.AGENCY_LEAD);
        render(post("/reviews/refer").with(csrf()).param("kind", "CARE_LEAVER_DEATH").param("whatHappened", "Rendering refusal")
                .param("otherChildren[0].dateOfBirth.day", "40"), Role.BUSINESS_UNIT);
        render(post("/reviews/refer").with(csrf()).param("kind", "SERIOUS_INCIDENT").param("whatHappened", "Rendering test referral").param("laAwareDate.day", "2")
                .param("laAwareDate.month", "11").param("laAwareDate.year", "2026").param("abuseOrNeglect", "KNOWN").param("harm", "DIED")
                .param("lookedAfter", "true").param("childName", "Rendering Child"), Role.BUSINESS_UNIT);
        render(get("/reviews/referral-sent"), Role.BUSINESS_UNIT);
        long id = jdbc.queryForObject("select max(id) from serious_incident", Long.class);
        render(get("/reviews"), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id + "/notification"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/notification").with(csrf()).param("decision", "NOTIFY"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/notification").with(csrf()).param("decision", "NOTIFY").param("reasons", "Criteria met")
                .param("sentDate.day", "4").param("sentDate.month", "11").param("sentDate.year", "2026"), Role.BUSINESS_UNIT);
        long police = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        render(post("/reviews/" + id + "/summaries").with(csrf()).param("agencyId", String.valueOf(police)), Role.BUSINESS_UNIT);
        long summary = jdbc.queryForObject("select max(id) from agency_summary where incident_id = ?", Long.class, id);
        render(get("/reviews/" + id + "/summaries/" + summary), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/summaries/" + summary).with(csrf()), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id), Role.BUSINESS_UNIT);
        long riverside = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        render(post("/reviews/" + id + "/summaries").with(csrf()).param("agencyId", String.valueOf(riverside)), Role.BUSINESS_UNIT);
        long schoolSummary = jdbc.queryForObject("select max(id) from agency_summary where incident_id = ? and agency_id = ?", Long.class, id, riverside);
        render(get("/agency/summaries"), Role.AGENCY_LEAD);
        render(get("/agency/summaries/" + schoolSummary), Role.AGENCY_LEAD);
        render(post("/agency/summaries/" + schoolSummary).with(csrf()), Role.AGENCY_LEAD);
        render(get("/reviews/" + id + "/rapid-review"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/rapid-review").with(csrf()).param("version", "0").param("laSignedOff.day", "31")
                .param("laSignedOff.month", "2").param("laSignedOff.year", "2026"), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id + "/decision"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/decision").with(csrf()), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/decision").with(csrf()).param("decision", "NO_FURTHER_REVIEW").param("nationalReviewAppropriate", "false")
                .param("rationale", "Rendering").param("decisionDate.day", "1").param("decisionDate.month", "1").param("decisionDate.year", "2099"), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id + "/identity"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/identity").with(csrf()).param("reason", "Rendering test"), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id + "/learning"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/findings").with(csrf()).param("text", ""), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/recommendations").with(csrf()).param("text", ""), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/learning-products").with(csrf()).param("kind", "NOT_A_KIND"), Role.BUSINESS_UNIT);
        render(get("/reviews/learning-to-impact"), Role.INDEPENDENT_SCRUTINEER);
        render(get("/reviews/themes"), Role.EXECUTIVE_MEMBER);
        render(get("/reviews/timeliness"), Role.EXECUTIVE_MEMBER);
        render(get("/plan/actions"), Role.SUBGROUP_MEMBER);
        jdbc.update("update serious_incident set stage = 'LOCAL_REVIEW' where id = ?", id);
        jdbc.update("insert into practice_review (incident_id, decision_date, target_completion, version) values (?, current_date, current_date, 0)", id);
        render(get("/reviews/" + id), Role.BUSINESS_UNIT);
        render(get("/reviews/" + id + "/practice-review"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/practice-review/schedule").with(csrf()).param("publicationDate.day", "1")
                .param("publicationDate.month", "12").param("publicationDate.year", "2026"), Role.BUSINESS_UNIT);
        render(post("/reviews/" + id + "/practice-review/publish").with(csrf()).param("publicationLink", "ftp://nope"), Role.BUSINESS_UNIT);
    }

    @Test
    void scorecardPages() throws Exception {
        render(get("/scorecard"), Role.EXECUTIVE_MEMBER);
        render(get("/scorecard"), Role.AGENCY_LEAD);
        render(get("/scorecard/indicators/new"), Role.BUSINESS_UNIT);
        render(post("/scorecard/indicators").with(csrf()).param("code", "").param("title", "<b>Rendering</b>").param("unit", "PERCENT")
                .param("polarity", "HIGHER_IS_BETTER").param("target", "x").param("frequency", "QUARTERLY"), Role.BUSINESS_UNIT);
        long indicator = jdbc.queryForObject("select min(id) from sc_indicator", Long.class);
        render(get("/scorecard/indicators/" + indicator), Role.BUSINESS_UNIT);
        render(get("/scorecard/indicators/" + indicator + "/edit"), Role.BUSINESS_UNIT);
        render(post("/scorecard/indicators/" + indicator + "/benchmarks").with(csrf()).param("kind", "").param("period", "")
                .param("benchmarkValue", "x"), Role.BUSINESS_UNIT);
        String quarter = jdbc.queryForObject("select max(quarter_key) from sc_figure where indicator_id = ?", String.class, indicator);
        render(get("/scorecard/indicators/" + indicator + "/figures/" + quarter), Role.BUSINESS_UNIT);
        render(post("/scorecard/indicators/" + indicator + "/figures/" + quarter).with(csrf()).param("value", "lots")
                .param("commentary", "<script>x</script>"), Role.BUSINESS_UNIT);
        render(get("/scorecard/upload"), Role.AGENCY_LEAD);
        render(get("/scorecard/benchmarks/upload"), Role.BUSINESS_UNIT);
        render(multipart("/scorecard/benchmarks/upload").file(new org.springframework.mock.web.MockMultipartFile("file", "b.csv", "text/csv",
                "Code,Comparator,Period,Value\r\nNOPE,Mars,2024-25,<b>1</b>\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf()),
                Role.BUSINESS_UNIT);
        render(multipart("/scorecard/upload").with(csrf()), Role.AGENCY_LEAD);
        MvcResult uploaded = mvc.perform(multipart("/scorecard/upload").file(new org.springframework.mock.web.MockMultipartFile("file",
                "figures.csv", "text/csv", "Code,Quarter,Value\r\nEDU1,2026Q1,<b>x</b>\r\nNOPE,2026Q1,3\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(csrf()).with(user(principal(Role.AGENCY_LEAD)))).andReturn();
        render(get(uploaded.getResponse().getRedirectedUrl()), Role.AGENCY_LEAD);
    }

    @Test
    void planPages() throws Exception {
        render(get("/plan"), Role.BUSINESS_UNIT);
        render(get("/plan/new"), Role.BUSINESS_UNIT);
        render(post("/plan").with(csrf()).param("title", "").param("firstYear", "2025").param("lastYear", "2024"), Role.BUSINESS_UNIT);
        render(post("/plan").with(csrf()).param("title", "Rendering plan 2026-27").param("firstYear", "2026").param("lastYear", "2027"),
                Role.BUSINESS_UNIT);
        long plan = jdbc.queryForObject("select max(id) from plan", Long.class);
        render(get("/plan/" + plan + "/edit"), Role.BUSINESS_UNIT);
        render(get("/plan/" + plan + "/priorities/new"), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/priorities").with(csrf()).param("code", "").param("title", ""), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/priorities").with(csrf()).param("code", "R1").param("title", "Rendering priority")
                .param("statement", "Why it matters").param("partnershipLead", "Independent Chair"), Role.BUSINESS_UNIT);
        long priority = jdbc.queryForObject("select max(id) from plan_priority", Long.class);
        render(get("/plan/" + plan + "/priorities/" + priority + "/edit"), Role.BUSINESS_UNIT);
        render(get("/plan/" + plan + "/actions/new?priority=" + priority), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/actions").with(csrf()).param("title", "").param("timescale", "31/02/2025"), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/actions").with(csrf()).param("priorityId", String.valueOf(priority)).param("title", "Rendering action")
                .param("leadDescription", "Business unit manager").param("timescale", "Sept 2026"), Role.BUSINESS_UNIT);
        long action = jdbc.queryForObject("select max(id) from plan_action where plan_id = ?", Long.class, plan);
        render(get("/plan/" + plan + "/priorities/" + priority + "/outcomes/new"), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/priorities/" + priority + "/outcomes").with(csrf()).param("title", ""), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/priorities/" + priority + "/outcomes").with(csrf()).param("title", "Rendering <outcome>"),
                Role.BUSINESS_UNIT);
        long outcome = jdbc.queryForObject("select max(id) from plan_outcome", Long.class);
        render(get("/plan/" + plan + "/outcomes/" + outcome + "/edit"), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/actions").with(csrf()).param("priorityId", String.valueOf(priority))
                .param("outcomeId", String.valueOf(outcome)).param("title", "Rendering action under an outcome")
                .param("leadDescription", "Rendering <lead> as words"), Role.BUSINESS_UNIT);
        render(get("/plan/" + plan + "/actions/new?priority=" + priority + "&outcome=" + outcome), Role.BUSINESS_UNIT);
        render(get("/plan/" + plan + "/leads"), Role.BUSINESS_UNIT);
        render(get("/plan/" + plan), Role.EXECUTIVE_MEMBER);
        render(get("/plan/actions?after=" + (action - 1)), Role.EXECUTIVE_MEMBER); // an action written into the plan, no source
        render(get("/plan/actions/" + action), Role.BUSINESS_UNIT);
        render(get("/plan/actions/" + action + "/edit"), Role.BUSINESS_UNIT);
        render(multipart("/plan/actions/" + action + "/updates").with(csrf()).param("commentary", ""), Role.BUSINESS_UNIT);
        render(multipart("/plan/actions/" + action + "/updates").with(csrf()).param("status", "GREEN").param("commentary", "On track"),
                Role.BUSINESS_UNIT);
        render(get("/plan/" + plan + "/agree"), Role.BUSINESS_UNIT);
        render(post("/plan/" + plan + "/agree").with(csrf()).param("whatChanged", ""), Role.BUSINESS_UNIT);
        render(get("/plan/" + plan + "/dashboard"), Role.EXECUTIVE_MEMBER);
        render(get("/plan/my-actions"), Role.AGENCY_LEAD);
        render(get("/plan/" + plan + "/import"), Role.BUSINESS_UNIT);
        render(multipart("/plan/" + plan + "/import").with(csrf()), Role.BUSINESS_UNIT);
        String bad = "Priority code,Action,Lead person email,Lead agency,Lead role or group,Delivery mechanism,Timescale,Success measure\r\n"
                + "NOPE,Bad row,,,,,31/02/2025,\r\n";
        String problems = mvc.perform(multipart("/plan/" + plan + "/import").file(new org.springframework.mock.web.MockMultipartFile("file",
                "bad.csv", "text/csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf())
                .with(user(principal(Role.BUSINESS_UNIT)))).andReturn().getResponse().getRedirectedUrl();
        render(get(problems), Role.BUSINESS_UNIT);
        long source = System.nanoTime() % 1_000_000_000L; // its own recommendation, so a database kept from an earlier run is no obstacle
        jdbc.update("insert into plan_action (title, status, created_at, source_type, source_reference, source_id, position, version) "
                + "values ('Unplaced rendering action', 'NOT_STARTED', current_timestamp, 'REVIEW_RECOMMENDATION', 'RT-1', ?, 0, 0)", source);
        long unplaced = jdbc.queryForObject("select id from plan_action where source_id = ?", Long.class, source);
        render(get("/plan/actions/" + unplaced + "/edit"), Role.BUSINESS_UNIT);
    }

    @Test
    void trainingPages() throws Exception {
        render(get("/training/manage"), Role.BUSINESS_UNIT);
        render(get("/training/courses/new"), Role.BUSINESS_UNIT);
        render(post("/training/courses").with(csrf()).param("title", "").param("durationMinutes", "half a day"), Role.BUSINESS_UNIT);
        render(post("/training/courses").with(csrf()).param("title", "Rendering neglect course").param("summary", "Spotting neglect early")
                .param("format", "IN_PERSON").param("provider", "Northshire Safeguarding Children Partnership").param("topic", "Neglect")
                .param("requiresApproval", "true"), Role.BUSINESS_UNIT);
        long course = jdbc.queryForObject("select max(id) from training_course", Long.class);
        render(get("/training/courses/" + course + "/sessions/new"), Role.BUSINESS_UNIT);
        render(post("/training/courses/" + course + "/sessions").with(csrf()).param("date.day", "31").param("date.month", "2")
                .param("date.year", "2031").param("startTime", "25:00").param("capacity", "none"), Role.BUSINESS_UNIT);
        render(post("/training/courses/" + course + "/sessions").with(csrf()).param("date.day", "3").param("date.month", "3")
                .param("date.year", "2031").param("startTime", "09:30").param("endTime", "12:30").param("venue", "Civic Centre")
                .param("capacity", "1"), Role.BUSINESS_UNIT);
        long session = jdbc.queryForObject("select max(id) from training_session", Long.class);
        render(get("/training"), null);
        render(get("/training?month=2031-03&format=IN_PERSON&topic=Neglect"), Role.PRACTITIONER);
        render(get("/training/courses/" + course), null);
        render(get("/training/sessions/" + session + "/book"), Role.PRACTITIONER);
        render(post("/training/sessions/" + session + "/book").with(csrf()), Role.PRACTITIONER);
        render(post("/training/sessions/" + session + "/book").with(csrf()).param("managerName", "Pat Manager")
                .param("managerEmail", "pat.manager@riverside.example"), Role.PRACTITIONER);
        render(post("/training/sessions/" + session + "/book").with(csrf()).param("managerName", "Pat Manager")
                .param("managerEmail", "pat.manager@riverside.example"), Role.PRACTITIONER);
        render(get("/training/my-bookings"), Role.PRACTITIONER);
        long booking = jdbc.queryForObject("select max(id) from training_booking where session_id = ?", Long.class, session);
        render(get("/training/bookings/" + booking + "/cancel"), Role.PRACTITIONER);
        // the course needs the manager's approval: their page, refused empty and without a reason, then approved
        String token = "template-rendering-" + System.nanoTime();
        jdbc.update("update training_booking set approval_token_hash = ? where id = ?", org.partnershiphub.shared.SecureTokens.hash(token), booking);
        render(get("/training/approvals/" + token), null);
        render(post("/training/approvals/" + token).with(csrf()), null);
        render(post("/training/approvals/" + token).with(csrf()).param("decision", "DECLINE"), null);
        render(post("/training/approvals/" + token).with(csrf()).param("decision", "APPROVE"), null);
        render(get("/training/approvals/" + token), null);
        render(get("/training/approvals/no-such-link"), null);
        render(get("/training/sessions/" + session), Role.BUSINESS_UNIT);
        render(post("/training/sessions/" + session + "/capacity").with(csrf()).param("capacity", "0"), Role.BUSINESS_UNIT);
        // the session took place seven weeks ago: register, evaluation, follow-up, certificate, results and reach
        jdbc.update("update training_session set starts_at = ?, ends_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(49))),
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(49)).plusSeconds(3600)), session);
        render(get("/training/sessions/" + session + "/register"), Role.BUSINESS_UNIT);
        render(post("/training/sessions/" + session + "/register").with(csrf()).param("mark-" + booking, "ATTENDED"), Role.BUSINESS_UNIT);
        render(get("/training/bookings/" + booking + "/evaluation"), Role.PRACTITIONER);
        render(post("/training/bookings/" + booking + "/evaluation").with(csrf()).param("rating", "9"), Role.PRACTITIONER);
        render(post("/training/bookings/" + booking + "/evaluation").with(csrf()).param("rating", "5").param("confidenceBefore", "2")
                .param("confidenceAfter", "4").param("willDo", "Record concerns sooner"), Role.PRACTITIONER);
        render(get("/training/bookings/" + booking + "/evaluation"), Role.PRACTITIONER);
        render(post("/training/bookings/" + booking + "/follow-up").with(csrf()), Role.PRACTITIONER);
        render(get("/training/bookings/" + booking + "/certificate"), Role.PRACTITIONER);
        render(get("/training/courses/" + course + "/evaluation"), Role.BUSINESS_UNIT);
        render(get("/training/reach?year=" + (java.time.LocalDate.now().getMonthValue() >= 4 ? java.time.LocalDate.now().getYear()
                : java.time.LocalDate.now().getYear() - 1)), Role.BUSINESS_UNIT);
    }

    @Test
    void disagreementPages() throws Exception {
        render(get("/disagreements/stages"), Role.BUSINESS_UNIT);
        render(get("/disagreements/stages/new"), Role.BUSINESS_UNIT);
        render(post("/disagreements/stages").with(csrf()).param("position", "first").param("name", "").param("workingDays", "0")
                .param("lead", "not-a-person"), Role.BUSINESS_UNIT);
        long stage = jdbc.queryForObject("select min(id) from disagreement_stage", Long.class);
        render(get("/disagreements/stages/" + stage), Role.BUSINESS_UNIT);
        render(post("/disagreements/stages/" + stage).with(csrf()).param("position", "").param("name", "Stage 1").param("workingDays", "99"),
                Role.BUSINESS_UNIT);
        render(get("/disagreements/new"), Role.PRACTITIONER);
        render(post("/disagreements").with(csrf()), Role.PRACTITIONER);
        long council = jdbc.queryForObject("select id from organisation where name = 'Northshire County Council'", Long.class);
        render(post("/disagreements").with(csrf()).param("otherAgency", String.valueOf(council)).param("childReference", "Child Rendering")
                .param("theme", "THRESHOLD").param("concern", "Referral not accepted").param("outcomeSought", "A strategy discussion"),
                Role.PRACTITIONER);
        render(post("/disagreements").with(csrf()).param("otherAgency", String.valueOf(council)).param("childReference", "Child Rendering")
                .param("theme", "THRESHOLD").param("concern", "Referral not accepted").param("outcomeSought", "A strategy discussion")
                .param("step", "confirm"), Role.PRACTITIONER);
        long disagreement = jdbc.queryForObject("select max(id) from disagreement where child_reference = 'Child Rendering'", Long.class);
        render(get("/disagreements/" + disagreement), Role.PRACTITIONER);
        render(post("/disagreements/" + disagreement + "/outcome").with(csrf()), Role.PRACTITIONER);
        render(post("/disagreements/" + disagreement + "/withdraw").with(csrf()), Role.PRACTITIONER);
        render(post("/disagreements/" + disagreement + "/outcome").with(csrf()).param("decision", "ESCALATE")
                .param("note", "No reply from the duty team"), Role.PRACTITIONER);
        render(get("/disagreements/" + disagreement), Role.BUSINESS_UNIT);
        render(get("/disagreements"), Role.PRACTITIONER);
        render(get("/disagreements/all"), Role.BUSINESS_UNIT);
        render(get("/disagreements/all?status=OPEN&stage=2&agency=" + council + "&theme=THRESHOLD&page=1"), Role.BUSINESS_UNIT);
        render(post("/disagreements/" + disagreement + "/outcome").with(csrf()).param("decision", "RESOLVED")
                .param("note", "Strategy discussion held"), Role.BUSINESS_UNIT);
        render(get("/disagreements/report"), Role.BUSINESS_UNIT);
    }

    @Test
    void governancePages() throws Exception {
        long executive = jdbc.queryForObject("select id from hub_group where name = 'Safeguarding Children Executive'", Long.class);
        render(get("/governance"), Role.EXECUTIVE_MEMBER);
        render(get("/governance/boards/" + executive + "/edit"), Role.BUSINESS_UNIT);
        render(post("/governance/boards/" + executive).with(csrf()).param("termsOfReference", "Rendering terms").param("quorumMembers", "none"), Role.BUSINESS_UNIT);
        render(post("/governance/boards/" + executive).with(csrf()).param("termsOfReference", "The Executive holds the partners to account.")
                .param("quorumMembers", "2").param("quorumPartners", "true"), Role.BUSINESS_UNIT);
        render(get("/governance/boards/" + executive + "/meetings/new"), Role.BUSINESS_UNIT);
        render(post("/governance/boards/" + executive + "/meetings").with(csrf()).param("date.day", "31").param("date.month", "2")
                .param("date.year", "2031").param("startTime", "25:00").param("endTime", "10:00"), Role.BUSINESS_UNIT);
        render(post("/governance/boards/" + executive + "/meetings").with(csrf()).param("date.day", "3").param("date.month", "3")
                .param("date.year", "2020").param("startTime", "10:00").param("endTime", "12:00").param("place", "Rendering Room"), Role.BUSINESS_UNIT);
        render(post("/governance/boards/" + executive + "/meetings").with(csrf()).param("date.day", "3").param("date.month", "3")
                .param("date.year", "2031").param("startTime", "10:00").param("endTime", "12:00").param("place", "Rendering Room"), Role.BUSINESS_UNIT);
        long meeting = jdbc.queryForObject("select min(id) from gov_meeting where place = 'Rendering Room' and group_id = ?", Long.class, executive);
        long later = jdbc.queryForObject("select max(id) from gov_meeting where place = 'Rendering Room' and group_id = ?", Long.class, executive);
        render(get("/governance/boards/" + executive), Role.SUBGROUP_MEMBER);
        render(post("/governance/meetings/" + meeting + "/items").with(csrf()).param("title", ""), Role.BUSINESS_UNIT);
        render(post("/governance/meetings/" + meeting + "/items").with(csrf()).param("title", "Rendering item").param("restricted", "no"), Role.BUSINESS_UNIT);
        render(post("/governance/meetings/" + meeting + "/items").with(csrf()).param("title", "Rendering restricted item").param("restricted", "yes"), Role.BUSINESS_UNIT);
        long item = jdbc.queryForObject("select id from gov_agenda_item where meeting_id = ? and title = 'Rendering item'", Long.class, meeting);
        render(get("/governance/meetings/" + meeting + "/attendance"), Role.BUSINESS_UNIT);
        long member = jdbc.queryForObject("select id from user_account where email = ?", Long.class, demo.forRole(Role.EXECUTIVE_MEMBER).email());
        render(post("/governance/meetings/" + meeting + "/attendance").with(csrf()).param("status-" + member, "PRESENT")
                .param("others", "Sam Carter, Head of Service"), Role.BUSINESS_UNIT);
        render(get("/governance/items/" + item + "/minutes"), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/minutes").with(csrf()).param("discussion", ""), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/minutes").with(csrf()).param("discussion", "Members discussed the report."), Role.BUSINESS_UNIT);
        render(get("/governance/items/" + item + "/decisions/new"), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/decisions").with(csrf()).param("decision", "").param("voteTaken", "yes")
                .param("votesFor", "x").param("dissent", String.valueOf(member)), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/decisions").with(csrf()).param("decision", "Rendering decision").param("decidedBy", "Executive")
                .param("voteTaken", "yes").param("outcome", "CARRIED").param("votesFor", "5").param("votesAgainst", "1").param("votesAbstaining", "0")
                .param("dissent", String.valueOf(member)).param("voteRequestedBy", "A member").param("namesFor", "A member"), Role.BUSINESS_UNIT);
        render(get("/governance/items/" + item + "/actions/new"), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/actions").with(csrf()).param("description", ""), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/actions").with(csrf()).param("description", "Rendering action").param("ownerId", String.valueOf(member))
                .param("due.day", "1").param("due.month", "1").param("due.year", "2021"), Role.BUSINESS_UNIT);
        render(get("/governance/items/" + item + "/follow-ups/new"), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/follow-ups").with(csrf()).param("subject", ""), Role.BUSINESS_UNIT);
        render(post("/governance/items/" + item + "/follow-ups").with(csrf()).param("subject", "Rendering follow-up").param("reportFrom", "Director")
                .param("dueMeeting", String.valueOf(later)), Role.BUSINESS_UNIT);
        render(get("/governance/meetings/" + meeting), Role.BUSINESS_UNIT);
        render(get("/governance/meetings/" + meeting), Role.AGENCY_LEAD);
        render(get("/governance/meetings/" + meeting + "/papers"), Role.BUSINESS_UNIT);
        render(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/governance/meetings/" + meeting + "/papers")
                .with(csrf()).param("title", "A paper"), Role.BUSINESS_UNIT);
        render(get("/governance/meetings/" + later), Role.EXECUTIVE_MEMBER);
        render(get("/governance/items/" + item), Role.EXECUTIVE_MEMBER);
        long action = jdbc.queryForObject("select id from gov_action where item_id = ?", Long.class, item);
        render(get("/governance/actions/" + action), Role.EXECUTIVE_MEMBER);
        render(post("/governance/actions/" + action).with(csrf()).param("update", ""), Role.EXECUTIVE_MEMBER);
        render(get("/governance/actions?overdue=true&mine=true"), Role.EXECUTIVE_MEMBER);
        render(get("/governance/decisions?q=rendering"), Role.AGENCY_LEAD);
        render(post("/governance/meetings/" + meeting + "/publish").with(csrf()), Role.BUSINESS_UNIT);
        render(get("/minutes"), null);
        render(get("/minutes/" + meeting), null);
        render(get("/governance/calendar"), Role.LEAD_PARTNER);
        render(post("/governance/calendar").with(csrf()), Role.LEAD_PARTNER);
        render(get("/governance/calendar"), Role.LEAD_PARTNER);
    }

    @Test
    void challengePages() throws Exception {
        long riverside = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        long executive = jdbc.queryForObject("select id from hub_group where name = 'Safeguarding Children Executive'", Long.class);
        String issue = "Rendering challenge " + System.nanoTime();
        render(get("/challenges"), Role.BUSINESS_UNIT);
        render(get("/challenges/new"), Role.BUSINESS_UNIT);
        render(post("/challenges").with(csrf()).param("raisedOn.day", "31").param("raisedOn.month", "2").param("raisedOn.year", "2026")
                .param("forum", "other").param("evidenceLink", "javascript:alert(1)"), Role.BUSINESS_UNIT);
        render(post("/challenges").with(csrf()).param("raisedOn.day", "2").param("raisedOn.month", "3").param("raisedOn.year", "2026")
                .param("raisedByAgencyId", String.valueOf(riverside)).param("challengedAgencyId", String.valueOf(riverside))
                .param("forum", String.valueOf(executive)).param("issue", issue)
                .param("responseDue.day", "30").param("responseDue.month", "3").param("responseDue.year", "2026").param("status", "OPEN"),
                Role.BUSINESS_UNIT);
        long entry = jdbc.queryForObject("select id from challenge_log_entry where issue = ?", Long.class, issue);
        render(get("/challenges/" + entry), Role.INDEPENDENT_SCRUTINEER);
        render(get("/challenges/" + entry), Role.AGENCY_LEAD);
        render(get("/challenges/" + entry + "/edit"), Role.BUSINESS_UNIT);
        render(post("/challenges/" + entry + "/edit").with(csrf()).param("status", "CLOSED_RESOLVED").param("response", "Noted")
                .param("version", "0"), Role.BUSINESS_UNIT);
        render(get("/challenges/" + entry + "/response"), Role.AGENCY_LEAD);
        render(post("/challenges/" + entry + "/response").with(csrf()).param("respondedOn.day", "99"), Role.AGENCY_LEAD);
        render(get("/challenges?status=OPEN&overdue=true&q=Rendering&agency=" + riverside + "&forum=" + executive), Role.INDEPENDENT_SCRUTINEER);
        render(get("/challenges/report"), Role.EXECUTIVE_MEMBER);
        render(get("/challenges/to-my-agency"), Role.AGENCY_LEAD);
    }

    @Test
    void selfAssessmentPages() throws Exception {
        render(get("/self-assessment"), Role.EXECUTIVE_MEMBER);
        render(get("/self-assessment"), Role.AGENCY_LEAD);
        render(get("/self-assessment/standards"), Role.AGENCY_LEAD);
        render(get("/self-assessment/standards/new"), Role.BUSINESS_UNIT);
        render(post("/self-assessment/standards").with(csrf()).param("framework", "").param("number", "").param("title", "<b>x</b>"), Role.BUSINESS_UNIT);
        long standard = jdbc.queryForObject("select min(id) from sa_standard where framework = 'SECTION_175'", Long.class);
        render(get("/self-assessment/standards/" + standard + "/edit"), Role.BUSINESS_UNIT);
        render(get("/self-assessment/cycles/new"), Role.BUSINESS_UNIT);
        render(post("/self-assessment/cycles").with(csrf()).param("name", "<b>x</b>").param("dueOn.day", "31").param("dueOn.month", "2")
                .param("dueOn.year", "2027"), Role.BUSINESS_UNIT);
        long school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        long draft = jdbc.queryForObject("select max(id) from sa_return where agency_id = ?", Long.class, school);
        long cycle = jdbc.queryForObject("select cycle_id from sa_return where id = ?", Long.class, draft);
        render(get("/self-assessment/cycles/" + cycle), Role.BUSINESS_UNIT);
        render(get("/self-assessment/cycles/" + cycle + "/report"), Role.EXECUTIVE_MEMBER);
        render(get("/self-assessment/returns/" + draft), Role.AGENCY_LEAD);
        render(get("/self-assessment/returns/" + draft + "/standards/" + standard), Role.AGENCY_LEAD);
        render(multipart("/self-assessment/returns/" + draft + "/standards/" + standard).with(csrf()).param("rating", "PURPLE")
                .param("narrative", "<script>x</script>"), Role.AGENCY_LEAD);
        render(get("/self-assessment/returns/" + draft + "/submit"), Role.AGENCY_LEAD);
        render(post("/self-assessment/returns/" + draft + "/submit").with(csrf()).param("officerName", "<b>x</b>"), Role.AGENCY_LEAD);
        long submitted = jdbc.queryForObject("select min(id) from sa_return where status = 'SUBMITTED'", Long.class);
        render(get("/self-assessment/returns/" + submitted), Role.BUSINESS_UNIT);
        long answered = jdbc.queryForObject("select min(standard_id) from sa_answer where return_id = ?", Long.class, submitted);
        render(get("/self-assessment/returns/" + submitted + "/standards/" + answered + "/moderate"), Role.BUSINESS_UNIT);
        render(post("/self-assessment/returns/" + submitted + "/standards/" + answered + "/moderate").with(csrf()).param("agreed", "RED")
                .param("askForEvidence", "true"), Role.BUSINESS_UNIT);
    }

    @Test
    void caseAuditPages() throws Exception {
        render(get("/case-audits"), Role.EXECUTIVE_MEMBER);
        render(get("/case-audits"), Role.AGENCY_LEAD);
        render(get("/case-audits/tools"), Role.BUSINESS_UNIT);
        render(get("/case-audits/tools/new"), Role.BUSINESS_UNIT);
        render(post("/case-audits/tools").with(csrf()).param("name", ""), Role.BUSINESS_UNIT);
        long tool = jdbc.queryForObject("select min(id) from ca_tool", Long.class);
        long section = jdbc.queryForObject("select min(id) from ca_tool_section where tool_id = ?", Long.class, tool);
        render(get("/case-audits/tools/" + tool), Role.BUSINESS_UNIT);
        render(get("/case-audits/tools/" + tool + "/sections/" + section), Role.BUSINESS_UNIT);
        render(post("/case-audits/tools/" + tool + "/sections/" + section).with(csrf()).param("title", ""), Role.BUSINESS_UNIT);
        render(get("/case-audits/new"), Role.BUSINESS_UNIT);
        render(post("/case-audits").with(csrf()).param("programmeYear", "x").param("theme", "<b>x</b>"), Role.BUSINESS_UNIT);
        long audit = jdbc.queryForObject("select max(id) from ca_audit where theme = 'Neglect'", Long.class);
        long auditCase = jdbc.queryForObject("select min(id) from ca_case where audit_id = ?", Long.class, audit);
        long school = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        render(get("/case-audits/" + audit), Role.BUSINESS_UNIT);
        render(get("/case-audits/" + audit), Role.AGENCY_LEAD);
        render(post("/case-audits/" + audit + "/cases").with(csrf()).param("reference", ""), Role.BUSINESS_UNIT);
        render(get("/case-audits/" + audit + "/cases/" + auditCase + "/identity"), Role.BUSINESS_UNIT);
        render(get("/case-audits/" + audit + "/cases/" + auditCase + "/meeting"), Role.BUSINESS_UNIT);
        render(get("/case-audits/" + audit + "/cases/" + auditCase + "/agencies/" + school), Role.BUSINESS_UNIT);
        render(get("/case-audits/" + audit + "/cases/" + auditCase + "/part"), Role.AGENCY_LEAD);
        render(get("/case-audits/" + audit + "/report"), Role.EXECUTIVE_MEMBER);
    }

    @Test
    void triangulationPages() throws Exception {
        render(get("/triangulation"), Role.EXECUTIVE_MEMBER);
        long police = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        render(get("/triangulation/agencies/" + police), Role.BUSINESS_UNIT);
        render(get("/triangulation/areas"), Role.BUSINESS_UNIT);
        render(post("/triangulation/areas").with(csrf()).param("name", ""), Role.BUSINESS_UNIT);
        long area = jdbc.queryForObject("select min(id) from tri_area", Long.class);
        render(get("/triangulation/areas/" + area), Role.BUSINESS_UNIT);
    }

    @Test
    void errorPages() throws Exception {
        for (int status : new int[] {403, 404, 413, 429, 500, 503, 418}) {
            render(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML).requestAttr("jakarta.servlet.error.status_code", status)
                    .requestAttr("jakarta.servlet.error.request_uri", "/somewhere"), null);
        }
    }

    @Test
    void voiceAndYearlyReportPages() throws Exception {
        render(get("/voice"), Role.EXECUTIVE_MEMBER);
        long item = jdbc.queryForObject("select min(id) from voice_item", Long.class);
        render(get("/voice/" + item), Role.BUSINESS_UNIT);
        render(get("/voice/new"), Role.BUSINESS_UNIT);
        render(get("/voice/" + item + "/edit"), Role.BUSINESS_UNIT);
        render(post("/voice").with(csrf()).param("said", ""), Role.BUSINESS_UNIT);
        render(get("/you-said-we-did"), null);
        render(get("/yearly-report"), Role.LEAD_PARTNER);
        render(get("/yearly-report/reports"), Role.LEAD_PARTNER);
        render(get("/yearly-report/reports/new"), Role.BUSINESS_UNIT);
        render(post("/yearly-report/reports").with(csrf()).param("title", "Rendering"), Role.BUSINESS_UNIT);
        LocalDate start = LocalDate.of(1901, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 20_000L));
        String started = mvc.perform(post("/yearly-report/reports").with(csrf()).with(user(principal(Role.BUSINESS_UNIT)))
                .param("from.day", String.valueOf(start.getDayOfMonth())).param("from.month", String.valueOf(start.getMonthValue()))
                .param("from.year", String.valueOf(start.getYear())).param("to.day", "31").param("to.month", "12")
                .param("to.year", String.valueOf(start.getYear()))).andReturn().getResponse().getRedirectedUrl();
        assertThat(started).as("a report is started for %s", start).isNotNull();
        long report = Long.parseLong(started.substring("/yearly-report/reports/".length()));
        render(get("/yearly-report/reports/" + report), Role.INDEPENDENT_SCRUTINEER);
        render(get("/yearly-report/reports/" + report + "/sections/SCRUTINY"), Role.INDEPENDENT_SCRUTINEER);
        render(get("/yearly-report/reports/" + report + "/sign-offs/new"), Role.BUSINESS_UNIT);
        render(get("/yearly-reports"), null);
        Long published = jdbc.queryForObject("select min(id) from yearly_report where status = 'PUBLISHED'", Long.class);
        if (published == null) {
            jdbc.update("insert into yearly_report (period_from, period_to, title, status, frozen_figures, frozen_at, published_on, created_by, "
                    + "created_at, updated_at, version) values (date '1898-04-01', date '1899-03-31', 'Rendering published report', 'PUBLISHED', "
                    + "'[]', current_timestamp, date '1899-09-30', 1, current_timestamp, current_timestamp, 0)");
            published = jdbc.queryForObject("select min(id) from yearly_report where status = 'PUBLISHED'", Long.class);
        }
        render(get("/yearly-reports/" + published), null);
    }

    @Test
    void newsletterPages() throws Exception {
        render(get("/newsletter"), Role.BUSINESS_UNIT);
        render(get("/newsletter/issues/new"), Role.BUSINESS_UNIT);
        render(post("/newsletter/issues").with(csrf()).param("audience", "PRACTITIONERS"), Role.BUSINESS_UNIT);
        String created = mvc.perform(post("/newsletter/issues").with(csrf()).with(user(principal(Role.BUSINESS_UNIT)))
                .param("title", "Rendering issue").param("audience", "EVERYONE")).andReturn().getResponse().getRedirectedUrl();
        assertThat(created).isNotNull();
        render(get(created), Role.BUSINESS_UNIT);
        render(get(created + "/edit"), Role.BUSINESS_UNIT);
        render(get(created + "/sections/new"), Role.BUSINESS_UNIT);
        render(multipart(created + "/sections").with(csrf()).param("heading", "Rendering section").param("body", "See https://example.org."),
                Role.BUSINESS_UNIT);
        long section = jdbc.queryForObject("select max(id) from newsletter_section", Long.class);
        render(get(created + "/sections/" + section + "/edit"), Role.BUSINESS_UNIT);
        render(get(created + "/sending"), Role.BUSINESS_UNIT);
        render(get("/newsletter/subscribers"), Role.BUSINESS_UNIT);
        mvc.perform(post(created + "/publish").with(csrf()).with(user(principal(Role.BUSINESS_UNIT))));
        render(get("/newsletters"), null);
        render(get(created.replace("/newsletter/issues/", "/newsletters/")), null);
        render(get("/newsletter/subscribe"), null);
        render(post("/newsletter/subscribe").with(csrf()).param("email", "not an address").param("audiences", "SCHOOLS"), null);
        render(post("/newsletter/subscribe").with(csrf()).param("email", "rendering." + System.nanoTime() + "@example.org").param("audiences", "SCHOOLS"), null);
        render(get("/newsletter/subscribe/sent"), null);
        String unsubscribe = jdbc.queryForObject("select max(unsubscribe_token) from newsletter_subscriber", String.class);
        render(get("/newsletter/unsubscribe/" + unsubscribe), null);
        render(post("/newsletter/unsubscribe/" + unsubscribe), null);
        // a confirmation link as the email carries it: only its hash is kept, so the test sets a pending one it knows
        String token = org.partnershiphub.shared.SecureTokens.newToken();
        jdbc.update("update newsletter_subscriber set status = 'PENDING', confirm_token_hash = ?, confirm_sent_at = current_timestamp "
                + "where unsubscribe_token = ?", org.partnershiphub.shared.SecureTokens.hash(token), unsubscribe);
        render(get("/newsletter/confirm/" + token), null);
        render(post("/newsletter/confirm/" + token).with(csrf()), null);
    }

    @Test
    void surveyPages() throws Exception {
        render(get("/surveys"), Role.EXECUTIVE_MEMBER);
        render(get("/surveys/new"), Role.BUSINESS_UNIT);
        render(post("/surveys").with(csrf()).param("title", ""), Role.BUSINESS_UNIT);
        LocalDate today = LocalDate.now();
        String created = mvc.perform(post("/surveys").with(csrf()).with(user(principal(Role.BUSINESS_UNIT))).param("title", "Rendering survey")
                .param("childFriendly", "true").param("opensOn.day", String.valueOf(today.getDayOfMonth())).param("opensOn.month", String.valueOf(today.getMonthValue()))
                .param("opensOn.year", String.valueOf(today.getYear())).param("closesOn.day", "31").param("closesOn.month", "12")
                .param("closesOn.year", String.valueOf(today.getYear() + 1))).andReturn().getResponse().getRedirectedUrl();
        assertThat(created).isNotNull();
        for (String kind : new String[] {"SINGLE", "MULTIPLE", "RATING", "TEXT"}) {
            mvc.perform(post(created + "/questions").with(csrf()).with(user(principal(Role.BUSINESS_UNIT))).param("kind", kind)
                    .param("text", "Rendering " + kind).param("options", "One\nTwo").param("required", "true"));
        }
        render(get(created), Role.BUSINESS_UNIT);
        mvc.perform(post(created + "/publish").with(csrf()).with(user(principal(Role.BUSINESS_UNIT))));
        String take = created.replace("/surveys/", "/take/");
        render(get(take), null);
        render(post(take).with(csrf()), null);
        render(get(take + "/thank-you"), null);
        render(get(created + "/results"), Role.LEAD_PARTNER);
    }

    @Test
    void diaryPages() throws Exception {
        render(get("/diary"), Role.BUSINESS_UNIT);
        render(get("/diary/new"), Role.BUSINESS_UNIT);
        render(post("/diary").with(csrf()).param("title", ""), Role.BUSINESS_UNIT);
        long date = jdbc.queryForObject("select min(id) from diary_date", Long.class);
        render(get("/diary/" + date + "/edit"), Role.BUSINESS_UNIT);
        render(get("/dates-for-the-diary"), null);
    }

    @Test
    void sitePages() throws Exception {
        render(get("/site-pages"), Role.BUSINESS_UNIT);
        render(get("/site-pages/new?section=NEWS"), Role.BUSINESS_UNIT);
        render(post("/site-pages").with(csrf()).param("title", ""), Role.BUSINESS_UNIT);
        long page = jdbc.queryForObject("select min(id) from site_page where published_revision is not null", Long.class);
        render(get("/site-pages/" + page), Role.BUSINESS_UNIT);
        render(get("/site-pages/" + page + "/edit"), Role.BUSINESS_UNIT);
        render(get("/site-pages/" + page + "/withdraw"), Role.BUSINESS_UNIT);
        render(get("/site-pages/" + page + "/revisions/1"), Role.BUSINESS_UNIT);
        render(get("/site-pages/" + page + "/attachments/new"), Role.BUSINESS_UNIT);
        render(get("/arrangements"), null);
        render(get("/arrangements/northshire-safeguarding-arrangements"), null);
        render(get("/"), null);
    }

    @AfterAll
    static void everyPageTemplateWasRendered() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace(".html", ""))
                    .filter(name -> !name.equals("layout") && !name.startsWith("fragments/") && !name.endsWith("-fields") && !name.contains("/_"))
                    .forEach(pages::add);
        }
        pages.removeAll(RENDERED);
        assertThat(pages).as("templates no test rendered").isEmpty();
    }
}
