package org.partnershiphub.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

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
 * A case from referral to publication through the real pages: an agency lead refers, the business unit notifies the
 * Panel, requests two agency summaries, records the rapid review and its decision to hold a local review, and has a
 * publication date 3 working days after sending refused and 7 accepted. The child's name never appears on a list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewJourneyTest {

    static final String CHILD_NAME = "Tallulah Quennell-Brightside";

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(user(as(role))).with(csrf())).andReturn();
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", String.valueOf(date.getDayOfMonth()))
                .param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }

    @Test
    void fromReferralToPublication() throws Exception {
        // An agency safeguarding lead refers: aware on Friday 19 December 2025
        MvcResult referred = perform(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2025, 12, 19))
                .param("whatHappened", "Admitted to hospital with injuries inconsistent with the explanation given.")
                .param("abuseOrNeglect", "SUSPECTED").param("harm", "SERIOUS_HARM").param("lookedAfter", "false")
                .param("childName", CHILD_NAME), Role.AGENCY_LEAD);
        assertThat(referred.getResponse().getRedirectedUrl()).isEqualTo("/reviews/referral-sent");
        Long id = jdbc.queryForObject("select max(id) from serious_incident", Long.class);
        assertThat(jdbc.queryForObject("select notification_due from serious_incident where id = ?", LocalDate.class, id))
                .as("5 working days after Friday 19 December 2025").isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(jdbc.queryForObject("select count(*) from serious_incident where child_pseudonym like '%Quennell%' or what_happened like '%Quennell%'", Long.class)).isZero();

        // The agency lead cannot open the case they referred (restricted to named roles)
        assertThat(perform(get("/reviews/" + id), Role.AGENCY_LEAD).getResponse().getStatus()).isEqualTo(403);

        // The caseload lists the case by pseudonym only
        String caseload = perform(get("/reviews"), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(caseload).contains(jdbc.queryForObject("select reference from serious_incident where id = ?", String.class, id))
                .doesNotContain("Quennell");

        // Notification decision: notify, sent Tuesday 23 December 2025; rapid review due 15 working days later
        perform(date(post("/reviews/" + id + "/notification"), "sentDate", LocalDate.of(2025, 12, 23))
                .param("decision", "NOTIFY").param("reasons", "Criteria met: suspected abuse and serious harm."), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("RAPID_REVIEW");
        assertThat(jdbc.queryForObject("select due_date from rapid_review where incident_id = ?", LocalDate.class, id))
                .as("15 working days after Tuesday 23 December 2025, over Christmas and New Year").isEqualTo(LocalDate.of(2026, 1, 16));

        // A second decision is refused and changes nothing
        String again = perform(post("/reviews/" + id + "/notification").param("decision", "DO_NOT_NOTIFY").param("reasons", "Changed my mind"),
                Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(again).contains("already been recorded").contains("Changed my mind");
        assertThat(jdbc.queryForObject("select notification_decision from serious_incident where id = ?", String.class, id)).isEqualTo("NOTIFY");

        // Two agency summaries, one by default on working day 10 after the notification
        long police = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        long health = jdbc.queryForObject("select id from organisation where name = 'Northshire Community Health NHS Trust'", Long.class);
        perform(post("/reviews/" + id + "/summaries").param("agencyId", String.valueOf(police)), Role.BUSINESS_UNIT);
        perform(date(post("/reviews/" + id + "/summaries").param("agencyId", String.valueOf(health)), "dueDate", LocalDate.of(2026, 1, 9)), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select due_date from agency_summary where incident_id = ? and agency_id = ?", LocalDate.class, id, police))
                .isEqualTo(LocalDate.of(2026, 1, 9));
        for (Long summary : jdbc.queryForList("select id from agency_summary where incident_id = ?", Long.class, id)) {
            perform(post("/reviews/" + id + "/summaries/" + summary).param("summary", "Known to the service since 2024; two missed appointments."), Role.BUSINESS_UNIT);
        }
        // An agency's safeguarding lead sees only their own agency's requests, by pseudonym, and cannot return another's
        long riverside = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        perform(post("/reviews/" + id + "/summaries").param("agencyId", String.valueOf(riverside)), Role.BUSINESS_UNIT);
        long schoolSummary = jdbc.queryForObject("select id from agency_summary where incident_id = ? and agency_id = ?", Long.class, id, riverside);
        long policeSummary = jdbc.queryForObject("select id from agency_summary where incident_id = ? and agency_id = ?", Long.class, id, police);
        String mine = perform(get("/agency/summaries"), Role.AGENCY_LEAD).getResponse().getContentAsString();
        assertThat(mine).contains("/agency/summaries/" + schoolSummary).doesNotContain("/agency/summaries/" + policeSummary).doesNotContain("Quennell");
        assertThat(perform(get("/agency/summaries/" + policeSummary), Role.AGENCY_LEAD).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/agency/summaries/" + policeSummary).param("summary", "Overwritten"), Role.AGENCY_LEAD).getResponse().getStatus()).isEqualTo(403);
        perform(post("/agency/summaries/" + schoolSummary).param("summary", "Attendance fell to 62% in the autumn term."), Role.AGENCY_LEAD);
        assertThat(jdbc.queryForObject("select summary from agency_summary where id = ?", String.class, schoolSummary)).isEqualTo("Attendance fell to 62% in the autumn term.");
        assertThat(jdbc.queryForObject("select summary from agency_summary where id = ?", String.class, policeSummary)).startsWith("Known to the service");
        assertThat(jdbc.queryForObject("select count(*) from agency_summary where incident_id = ? and returned_at is not null", Long.class, id)).isEqualTo(3);

        // Closing without a decision is refused with a clear message
        MvcResult close = perform(post("/reviews/" + id + "/close"), Role.BUSINESS_UNIT);
        String afterClose = mvc.perform(get("/reviews/" + id).with(user(as(Role.BUSINESS_UNIT)))
                .flashAttrs(close.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(afterClose).contains("cannot be closed until its decision is recorded");
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("RAPID_REVIEW");

        // The decision needs the three partners' sign-off first
        String unsigned = perform(post("/reviews/" + id + "/decision").param("decision", "LOCAL_PRACTICE_REVIEW")
                .param("nationalReviewAppropriate", "false").param("rationale", "Learning about information sharing"), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(unsigned).contains("must sign off").contains("Learning about information sharing");

        MockHttpServletRequestBuilder record = post("/reviews/" + id + "/rapid-review")
                .param("immediateSafetyActions", "Siblings' safety plans reviewed").param("learningIdentified", "Information sharing at discharge")
                .param("version", "0");
        date(record, "panelMeetingDate", LocalDate.of(2026, 1, 12));
        date(record, "laSignedOff", LocalDate.of(2026, 1, 14));
        date(record, "policeSignedOff", LocalDate.of(2026, 1, 14));
        date(record, "healthSignedOff", LocalDate.of(2026, 1, 15));
        date(record, "submittedToPanel", LocalDate.of(2026, 1, 16));
        assertThat(perform(record, Role.BUSINESS_UNIT).getResponse().getRedirectedUrl()).isEqualTo("/reviews/" + id);

        perform(post("/reviews/" + id + "/decision").param("decision", "LOCAL_PRACTICE_REVIEW")
                .param("nationalReviewAppropriate", "false").param("rationale", "Learning about information sharing"), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("LOCAL_REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from practice_review where incident_id = ?", Long.class, id)).isEqualTo(1);

        // Findings with themes; a recommendation becomes a business plan action (through an event)
        long curiosity = jdbc.queryForObject("select id from review_theme where name = 'Professional curiosity'", Long.class);
        long sharing = jdbc.queryForObject("select id from review_theme where name = 'Information sharing'", Long.class);
        perform(post("/reviews/" + id + "/findings").param("text", "Explanations for injuries were accepted without challenge.")
                .param("themeIds", String.valueOf(curiosity)).param("themeIds", String.valueOf(sharing)), Role.BUSINESS_UNIT);
        long finding = jdbc.queryForObject("select max(id) from finding where incident_id = ?", Long.class, id);
        perform(date(post("/reviews/" + id + "/recommendations").param("findingId", String.valueOf(finding))
                .param("text", "Health to share discharge summaries with children's social care within 24 hours.")
                .param("ownerAgencyId", String.valueOf(health)), "dueDate", LocalDate.of(2026, 6, 30)), Role.BUSINESS_UNIT);
        long recommendation = jdbc.queryForObject("select max(id) from recommendation where incident_id = ?", Long.class, id);
        Long action = null;
        for (int wait = 0; wait < 100 && action == null; wait++) {
            action = jdbc.query("select id from plan_action where source_type = 'REVIEW_RECOMMENDATION' and source_id = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, recommendation);
            if (action == null) {
                Thread.sleep(100);
            }
        }
        assertThat(action).as("the recommendation arrived in the business plan").isNotNull();
        assertThat(jdbc.queryForObject("select lead_agency_id from plan_action where id = ?", Long.class, action)).isEqualTo(health);
        String plan = perform(get("/plan/actions"), Role.EXECUTIVE_MEMBER).getResponse().getContentAsString();
        assertThat(plan).contains("Health to share discharge summaries").contains("Recommendation of review SI-");

        // The chain is broken at learning until a briefing is disseminated, then at impact until it is evidenced
        String chain = perform(get("/reviews/learning-to-impact"), Role.INDEPENDENT_SCRUTINEER).getResponse().getContentAsString();
        assertThat(chain).contains("Health to share discharge summaries").contains("Missing").doesNotContain("Quennell");
        perform(post("/reviews/" + id + "/learning-products").param("kind", "SEVEN_MINUTE_BRIEFING").param("title", "Curiosity about injuries"), Role.BUSINESS_UNIT);
        long product = jdbc.queryForObject("select max(id) from learning_product where incident_id = ?", Long.class, id);
        perform(post("/reviews/" + id + "/learning-products/" + product + "/dissemination").param("agencyId", String.valueOf(police)), Role.BUSINESS_UNIT);
        perform(post("/reviews/" + id + "/recommendations/" + recommendation + "/impact")
                .param("evidence", "Re-audit in May 2026: 9 of 10 discharge summaries shared within 24 hours."), Role.BUSINESS_UNIT);
        String whole = perform(get("/reviews/learning-to-impact"), Role.INDEPENDENT_SCRUTINEER).getResponse().getContentAsString();
        int row = whole.indexOf("Health to share discharge summaries");
        assertThat(whole.substring(row, whole.indexOf("</tr>", row))).doesNotContain("Missing");
        String themes = perform(get("/reviews/themes"), Role.LEAD_PARTNER).getResponse().getContentAsString();
        assertThat(themes).contains("Professional curiosity").contains("Information sharing");

        // Publishing before sending the final report is refused
        String early = perform(date(post("/reviews/" + id + "/practice-review/schedule"), "publicationDate", LocalDate.of(2026, 12, 4)),
                Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(early).contains("before setting a publication date");

        // Sent Tuesday 1 December 2026: Friday 4 December (3 working days) refused, Thursday 10 December (7) accepted
        MockHttpServletRequestBuilder tooSoon = post("/reviews/" + id + "/practice-review/schedule");
        date(tooSoon, "finalReportSent", LocalDate.of(2026, 12, 1));
        date(tooSoon, "publicationDate", LocalDate.of(2026, 12, 4));
        String refused = perform(tooSoon, Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(refused).contains("at least 7 working days").contains("Thursday 10 December 2026 or later")
                .contains("value=\"4\"");
        assertThat(jdbc.queryForObject("select publication_date from practice_review where incident_id = ?", LocalDate.class, id)).isNull();

        MockHttpServletRequestBuilder inTime = post("/reviews/" + id + "/practice-review/schedule");
        date(inTime, "finalReportSent", LocalDate.of(2026, 12, 1));
        date(inTime, "publicationDate", LocalDate.of(2026, 12, 10));
        assertThat(perform(inTime, Role.BUSINESS_UNIT).getResponse().getRedirectedUrl()).isEqualTo("/reviews/" + id);
        assertThat(jdbc.queryForObject("select publication_date from practice_review where incident_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 12, 10));

        perform(post("/reviews/" + id + "/practice-review/publish").param("publicationLink", "javascript:alert(1)"), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("LOCAL_REVIEW");
        perform(post("/reviews/" + id + "/practice-review/publish").param("publicationLink", "https://northshire.example/cspr/child-a"), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("PUBLISHED");

        // The identity is shown only with a reason, and the reason is audited
        String identityPage = perform(post("/reviews/" + id + "/identity").param("reason", "Matching police records for the panel"),
                Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(identityPage).contains(CHILD_NAME);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ChildIdentity' and action = 'VIEW' and reason = ?",
                Long.class, "Matching police records for the panel")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'SeriousIncident' and record_id = ? and action = 'VIEW'",
                Long.class, String.valueOf(id))).isPositive();
    }

    @Test
    void onlyAssignedReviewGroupMembersSeeACase() throws Exception {
        perform(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2026, 11, 2))
                .param("whatHappened", "A second referral").param("abuseOrNeglect", "KNOWN").param("harm", "DIED")
                .param("lookedAfter", "true").param("childName", "Another Child"), Role.BUSINESS_UNIT);
        Long id = jdbc.queryForObject("select max(id) from serious_incident", Long.class);
        assertThat(perform(get("/reviews/" + id), Role.REVIEW_GROUP_MEMBER).getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'SeriousIncident' and record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        long member = jdbc.queryForObject("select id from user_account where email = ?", Long.class, demo.forRole(Role.REVIEW_GROUP_MEMBER).email());
        jdbc.update("insert into incident_assignment (incident_id, user_id) values (?, ?)", id, member);
        assertThat(perform(get("/reviews/" + id), Role.REVIEW_GROUP_MEMBER).getResponse().getStatus()).isEqualTo(200);
        assertThat(perform(get("/reviews/" + id), Role.INDEPENDENT_SCRUTINEER).getResponse().getStatus()).isEqualTo(200);
        // A looked-after child's death: Ofsted and the Secretary of State are tracked
        perform(date(post("/reviews/" + id + "/notification"), "sentDate", LocalDate.of(2026, 11, 5))
                .param("decision", "NOTIFY").param("reasons", "Looked-after child died"), Role.BUSINESS_UNIT);
        String caseload = perform(get("/reviews"), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(caseload).contains("Notify Ofsted and the Secretary of State").doesNotContain("Another Child");
    }
}
