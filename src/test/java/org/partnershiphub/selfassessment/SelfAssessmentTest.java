package org.partnershiphub.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.files.UploadFixtures;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.AgencyLeads;
import org.partnershiphub.shared.Role;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A Section 175 return end to end: the business unit opens a cycle and the school's return starts from last cycle's
 * answers; blanks are saved and flagged, not refused; submission needs every standard complete and the headteacher's
 * and governor's sign-off; the submitted return is locked on every path; moderation changes a rating with a reason,
 * sends the return back for more evidence, and agrees it; the report counts the agreed ratings and lists the actions.
 * Another agency's lead neither reads nor answers it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

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

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn();
    }

    private String page(String url, UserDetails who) throws Exception {
        return perform(get(url), who).getResponse().getContentAsString();
    }

    private long openCycle() throws Exception {
        LocalDate due = LocalDate.now().plusDays(30);
        MvcResult past = perform(post("/self-assessment/cycles").with(csrf()).param("name", "Audit " + run)
                .param("dueOn.day", "1").param("dueOn.month", "1").param("dueOn.year", "2020"), bu);
        assertThat(past.getResponse().getContentAsString()).contains("The date returns are due by must be in the future")
                .contains("value=\"Audit " + run + "\"");
        MvcResult opened = perform(post("/self-assessment/cycles").with(csrf()).param("name", "Audit " + run)
                .param("dueOn.day", String.valueOf(due.getDayOfMonth())).param("dueOn.month", String.valueOf(due.getMonthValue()))
                .param("dueOn.year", String.valueOf(due.getYear())), bu);
        assertThat(opened.getResponse().getStatus()).as(opened.getResponse().getContentAsString()).isEqualTo(302);
        return jdbc.queryForObject("select id from sa_cycle where name = ?", Long.class, "Audit " + run);
    }

    private long standard(String number) {
        return jdbc.queryForObject("select id from sa_standard where framework = 'SECTION_175' and standard_no = ?", Long.class, number);
    }

    private MockMultipartHttpServletRequestBuilder answer(long ret, String number) {
        return multipart("/self-assessment/returns/" + ret + "/standards/" + standard(number)).with(csrf());
    }

    @Test
    void aSchoolReturnIsAnsweredSignedOffLockedModeratedAndReported() throws Exception {
        long cycle = openCycle();
        long ret = jdbc.queryForObject("select id from sa_return where cycle_id = ? and agency_id = ?", Long.class, cycle, school);
        assertThat(jdbc.queryForObject("select framework from sa_return where id = ?", String.class, ret)).isEqualTo("SECTION_175");
        // the return starts from the school's last one
        Long from = jdbc.queryForObject("select carried_from_id from sa_return where id = ?", Long.class, ret);
        assertThat(from).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from sa_answer where return_id = ? and carried_from_id is not null", Long.class, ret))
                .isEqualTo(jdbc.queryForObject("select count(*) from sa_answer where return_id = ?", Long.class, from)).isPositive();
        assertThat(page("/self-assessment", schoolLead)).contains("Audit " + run);
        assertThat(page("/self-assessment/returns/" + ret, schoolLead)).contains("Check last cycle&#39;s answer")
                .contains("Safer recruitment and the single central record");

        // another agency's lead can neither read nor answer it, and both attempts are audited
        UserDetails stranger = policeLead();
        assertThat(perform(get("/self-assessment/returns/" + ret), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(answer(ret, "1").param("rating", "GREEN"), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/self-assessment/cycles/" + cycle), stranger).getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'SelfAssessmentReturn' "
                + "and record_id = ?", Long.class, String.valueOf(ret))).isEqualTo(2);

        // an amber rating with no action yet is saved as typed, and flagged at submission
        MvcResult saved = perform(answer(ret, "1").param("rating", "AMBER").param("narrative", "Governors <b>review</b> safeguarding termly")
                .param("next", "return"), schoolLead);
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        String check = page("/self-assessment/returns/" + ret + "/submit", schoolLead);
        assertThat(check).contains("1 standard is not complete").contains("Complete standard 1");
        MvcResult refused = perform(post("/self-assessment/returns/" + ret + "/submit").with(csrf()).param("officerName", "Morgan Teal")
                .param("officerRole", "Headteacher").param("governorName", "Robin Ashdown").param("signedOn.day", "1")
                .param("signedOn.month", "12").param("signedOn.year", "2026"), schoolLead);
        assertThat(refused.getResponse().getContentAsString()).contains("Complete every standard before submitting: standard 1")
                .contains("value=\"Morgan Teal\"");

        // a date that cannot be and a file that is not what it says are refused next to their fields, keeping the text
        MvcResult badDate = perform(answer(ret, "1").param("rating", "AMBER").param("narrative", "Kept as typed")
                .param("actionDue.day", "31").param("actionDue.month", "2").param("actionDue.year", "2027"), schoolLead);
        assertThat(badDate.getResponse().getContentAsString()).contains("Kept as typed").contains("govuk-error-summary");
        MvcResult badFile = perform(answer(ret, "1").file(new MockMultipartFile("files", "minutes.pdf", "application/pdf", "not a pdf".getBytes()))
                .param("rating", "AMBER").param("narrative", "Kept as typed"), schoolLead);
        assertThat(badFile.getResponse().getContentAsString()).contains("Kept as typed").contains("files-error");

        MvcResult complete = perform(answer(ret, "1").file(new MockMultipartFile("files", "governors-minutes.pdf", "application/pdf", UploadFixtures.pdf()))
                .param("rating", "AMBER").param("narrative", "Governors review safeguarding termly")
                .param("evidence", "Minutes of the full governing body").param("actionText", "Appoint a second safeguarding governor " + run)
                .param("actionOwner", "Chair of governors").param("actionDue.day", "31").param("actionDue.month", "3").param("actionDue.year", "2027"),
                schoolLead);
        assertThat(complete.getResponse().getStatus()).isEqualTo(302);
        long answer1 = jdbc.queryForObject("select id from sa_answer where return_id = ? and standard_id = ?", Long.class, ret, standard("1"));
        long file = jdbc.queryForObject("select id from stored_file where owner_type = 'SelfAssessmentAnswer' and owner_id = ?", Long.class, answer1);

        // a school's sign-off names its headteacher and its safeguarding governor; another agency's its senior officer only
        long police = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        long policeReturn = jdbc.queryForObject("select id from sa_return where cycle_id = ? and agency_id = ?", Long.class, cycle, police);
        assertThat(page("/self-assessment/returns/" + policeReturn + "/submit", bu)).doesNotContain("governorName").contains("Senior officer&#39;s name");
        assertThat(page("/self-assessment/returns/" + ret + "/submit", schoolLead)).contains("governorName").contains("Headteacher&#39;s name");
        assertThat(perform(post("/self-assessment/returns/" + ret + "/submit").with(csrf()), schoolLead).getResponse().getContentAsString())
                .as("every blank of the sign-off at once").contains("Enter the name of the senior officer who agreed the return")
                .contains("Enter the senior officer&#39;s job title").contains("Enter the name of the safeguarding governor")
                .contains("Enter the date the return was agreed");
        MvcResult noGovernor = perform(post("/self-assessment/returns/" + ret + "/submit").with(csrf()).param("officerName", "Morgan Teal")
                .param("officerRole", "Headteacher").param("signedOn.day", "1").param("signedOn.month", "12").param("signedOn.year", "2026"), schoolLead);
        assertThat(noGovernor.getResponse().getContentAsString()).contains("Enter the name of the safeguarding governor who agreed the return");
        MvcResult submitted = perform(post("/self-assessment/returns/" + ret + "/submit").with(csrf()).param("officerName", "Morgan Teal")
                .param("officerRole", "Headteacher").param("governorName", "Robin Ashdown").param("signedOn.day", "1")
                .param("signedOn.month", "12").param("signedOn.year", "2026"), schoolLead);
        assertThat(submitted.getResponse().getStatus()).as(submitted.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from sa_return where id = ?", String.class, ret)).isEqualTo("SUBMITTED");

        // locked for the school and for the business unit alike, however the change is sent
        assertThat(perform(answer(ret, "1").param("rating", "GREEN").param("narrative", "Changed"), schoolLead).getResponse().getContentAsString())
                .contains("The return has been submitted and cannot be changed");
        assertThat(perform(answer(ret, "1").param("rating", "GREEN").param("narrative", "Changed"), bu).getResponse().getContentAsString())
                .contains("cannot be changed");
        assertThat(perform(post("/self-assessment/returns/" + ret + "/submit").with(csrf()).param("officerName", "X").param("officerRole", "Y")
                .param("governorName", "Z").param("signedOn.day", "1").param("signedOn.month", "12").param("signedOn.year", "2026"), schoolLead)
                .getResponse().getContentAsString()).contains("The return has already been submitted");
        assertThat(jdbc.queryForObject("select rating from sa_answer where id = ?", String.class, answer1)).isEqualTo("AMBER");

        // the PDF of the return and the evidence file, both audited
        MvcResult pdf = perform(get("/self-assessment/returns/" + ret + "/return.pdf"), schoolLead);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(perform(get("/self-assessment/returns/" + ret + "/files/" + file), as(Role.EXECUTIVE_MEMBER)).getResponse().getStatus()).isEqualTo(200);
        assertThat(perform(get("/self-assessment/returns/" + from + "/files/" + file), bu).getResponse().getStatus())
                .as("a file is only reached through its own return").isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'StoredFile' and record_id = ?",
                Long.class, String.valueOf(file))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'SelfAssessmentReturn' "
                + "and record_id = ?", Long.class, String.valueOf(ret))).isEqualTo(1);

        // moderation: a changed rating needs a reason; asking for evidence sends the return back
        String moderate = "/self-assessment/returns/" + ret + "/standards/" + standard("1") + "/moderate";
        assertThat(perform(post(moderate).with(csrf()).param("agreed", "RED"), bu).getResponse().getContentAsString())
                .contains("Say why you changed the rating");
        assertThat(perform(post(moderate).with(csrf()).param("agreed", "RED").param("comment", "No second governor in post"), bu)
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(perform(post(moderate).with(csrf()).param("agreed", "RED"), schoolLead).getResponse().getStatus()).isEqualTo(403);
        MvcResult early = perform(post("/self-assessment/returns/" + ret + "/moderation").with(csrf()), bu);
        assertThat(early.getFlashMap().get("problem")).isEqualTo("sa.error.notAllModerated");
        perform(post("/self-assessment/returns/" + ret + "/standards/" + standard("3") + "/moderate").with(csrf()).param("agreed", "GREEN")
                .param("askForEvidence", "true").param("comment", "Attach the last single central record check"), bu);
        perform(post("/self-assessment/returns/" + ret + "/moderation").with(csrf()), bu);
        assertThat(jdbc.queryForObject("select status from sa_return where id = ?", String.class, ret)).isEqualTo("EVIDENCE_REQUESTED");
        assertThat(page("/self-assessment/returns/" + ret, schoolLead)).contains("The business unit has asked for more evidence");

        // the school adds the evidence and resubmits; the business unit agrees every rating
        String three = page("/self-assessment/returns/" + ret + "/standards/" + standard("3"), schoolLead);
        assertThat(three).contains("Attach the last single central record check");
        perform(answer(ret, "3").param("rating", "GREEN").param("narrative", "The single central record is checked monthly")
                .param("evidence", "Single central record check, November"), schoolLead);
        perform(post("/self-assessment/returns/" + ret + "/submit").with(csrf()).param("officerName", "Morgan Teal").param("officerRole", "Headteacher")
                .param("governorName", "Robin Ashdown").param("signedOn.day", "2").param("signedOn.month", "12").param("signedOn.year", "2026"), schoolLead);
        assertThat(jdbc.queryForObject("select status from sa_return where id = ?", String.class, ret)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from sa_answer where return_id = ? and evidence_requested = true", Long.class, ret)).isZero();
        List<Long> standards = jdbc.queryForList("select standard_id from sa_answer where return_id = ? and standard_id <> ?", Long.class, ret, standard("1"));
        for (long s : standards) {
            String rating = jdbc.queryForObject("select rating from sa_answer where return_id = ? and standard_id = ?", String.class, ret, s);
            perform(post("/self-assessment/returns/" + ret + "/standards/" + s + "/moderate").with(csrf()).param("agreed", rating), bu);
        }
        MvcResult done = perform(post("/self-assessment/returns/" + ret + "/moderation").with(csrf()), bu);
        assertThat(done.getFlashMap().get("notice")).isEqualTo("sa.return.moderated");
        assertThat(jdbc.queryForObject("select status from sa_return where id = ?", String.class, ret)).isEqualTo("MODERATED");

        // the report counts the agreed rating and lists the school's action; the cycle page shows who has returned
        String report = page("/self-assessment/cycles/" + cycle + "/report", as(Role.EXECUTIVE_MEMBER));
        assertThat(report).contains("Returned: 1 of").contains("Appoint a second safeguarding governor " + run).contains("Riverside Academy Trust")
                .contains("Section 175 and 157 (schools and colleges)");
        String returns = page("/self-assessment/cycles/" + cycle, bu);
        assertThat(returns).contains("Riverside Academy Trust").contains("Moderated").contains("Northshire Police");
        assertThat(page("/self-assessment/returns/" + ret, as(Role.EXECUTIVE_MEMBER))).contains("No second governor in post")
                .contains("Governors review safeguarding termly").contains("Morgan Teal, Headteacher");
    }

    @Test
    void theLibraryIsKeptByTheBusinessUnit() throws Exception {
        assertThat(page("/self-assessment/standards", schoolLead)).contains("Senior management commitment").contains("Online safety, filtering and monitoring");
        MvcResult taken = perform(post("/self-assessment/standards").with(csrf()).param("framework", "VCF").param("number", "1")
                .param("title", "Duplicate " + run), bu);
        assertThat(taken.getResponse().getContentAsString()).contains("Another standard of this set already has this number").contains("Duplicate " + run);
        MvcResult added = perform(post("/self-assessment/standards").with(csrf()).param("framework", "VCF").param("number", "X" + run.substring(0, 4))
                .param("title", "Online safety for clubs " + run).param("guidance", "Filtering on club devices"), bu);
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from sa_standard where title = ?", Long.class, "Online safety for clubs " + run);
        assertThat(perform(post("/self-assessment/standards").with(csrf()).param("framework", "VCF").param("number", "Z").param("title", "No"), schoolLead)
                .getResponse().getStatus()).isEqualTo(403);
        // taken out of use: no longer asked
        perform(post("/self-assessment/standards/" + id + "/edit").with(csrf()).param("number", "X" + run.substring(0, 4))
                .param("title", "Online safety for clubs " + run), bu);
        assertThat(jdbc.queryForObject("select active from sa_standard where id = ?", Boolean.class, id)).isFalse();
        assertThat(page("/self-assessment/standards", bu)).contains("Out of use");
    }

    private UserDetails policeLead() {
        long police = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        return AgencyLeads.create(jdbc, users, police, "sa." + run.toLowerCase() + "@police.example");
    }

}
