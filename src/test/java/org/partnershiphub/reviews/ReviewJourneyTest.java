package org.partnershiphub.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
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
 * Every statutory step is enforced (sign-offs, submission, Ofsted and the Secretary of State, real reasons, dates in the
 * past, the real publication date) and every late step is shown with its working days late. Today is Thursday
 * 10 December 2026 unless a test moves the clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class ReviewJourneyTest {

    static final Instant TODAY = Instant.parse("2026-12-10T12:00:00Z");

    static final String CHILD_NAME = "Tallulah Quennell-Brightside";

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void today() {
        clock.set(TODAY);
    }

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
                .param("kind", "SERIOUS_INCIDENT").param("whatHappened", "Admitted to hospital with injuries inconsistent with the explanation given.")
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
        String unsigned = perform(date(post("/reviews/" + id + "/decision"), "decisionDate", LocalDate.of(2026, 1, 19)).param("decision", "LOCAL_PRACTICE_REVIEW")
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

        // The decision has its own date: not before the rapid review meeting, and the 6-month clock runs from it
        String beforeMeeting = perform(date(post("/reviews/" + id + "/decision"), "decisionDate", LocalDate.of(2026, 1, 9))
                .param("decision", "LOCAL_PRACTICE_REVIEW").param("nationalReviewAppropriate", "false")
                .param("rationale", "Learning about information sharing"), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(beforeMeeting).contains("cannot be dated before the rapid review meeting").contains("id=\"decisionDate-error\"")
                .contains("value=\"9\"");
        perform(date(post("/reviews/" + id + "/decision"), "decisionDate", LocalDate.of(2026, 1, 19)).param("decision", "LOCAL_PRACTICE_REVIEW")
                .param("nationalReviewAppropriate", "false").param("rationale", "Learning about information sharing"), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("LOCAL_REVIEW");
        assertThat(jdbc.queryForObject("select decision_date from practice_review where incident_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(jdbc.queryForObject("select target_completion from practice_review where incident_id = ?", LocalDate.class, id))
                .as("6 months from the decision, not from the day it was typed").isEqualTo(LocalDate.of(2026, 7, 19));

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

        // A final report sent tomorrow is refused, the typed date kept
        MockHttpServletRequestBuilder future = post("/reviews/" + id + "/practice-review/schedule");
        date(future, "finalReportSent", LocalDate.of(2026, 12, 11));
        date(future, "publicationDate", LocalDate.of(2026, 12, 31));
        assertThat(perform(future, Role.BUSINESS_UNIT).getResponse().getContentAsString()).contains("must be today or in the past")
                .contains("id=\"finalReportSent-error\"").contains("value=\"11\"");

        // "Mark as published" checks today, not the planned date: on Wednesday 9 December it is too soon
        clock.set(Instant.parse("2026-12-09T12:00:00Z"));
        String tooSoonToPublish = perform(post("/reviews/" + id + "/practice-review/publish")
                .param("publicationLink", "https://northshire.example/cspr/child-a"), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(tooSoonToPublish).contains("at least 7 working days before publication").contains("Thursday 10 December 2026 or later");
        // and before the final report was sent it is refused outright
        clock.set(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(perform(post("/reviews/" + id + "/practice-review/publish").param("publicationLink", "https://northshire.example/cspr/child-a"),
                Role.BUSINESS_UNIT).getResponse().getContentAsString()).contains("cannot be published before the final report is sent");
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("LOCAL_REVIEW");
        clock.set(TODAY);

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
                .param("kind", "SERIOUS_INCIDENT").param("whatHappened", "A second referral").param("abuseOrNeglect", "KNOWN").param("harm", "DIED")
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

    // Helpers for the statutory-step tests ---------------------------------------------------------------------------

    private long refer(LocalDate aware, String harm, boolean lookedAfter, String childName) throws Exception {
        perform(date(post("/reviews/refer"), "laAwareDate", aware).param("kind", "SERIOUS_INCIDENT")
                .param("whatHappened", "Statutory step test referral").param("abuseOrNeglect", "SUSPECTED").param("harm", harm)
                .param("lookedAfter", String.valueOf(lookedAfter)).param("childName", childName), Role.BUSINESS_UNIT);
        return jdbc.queryForObject("select max(id) from serious_incident", Long.class);
    }

    private void notifyPanel(long id, LocalDate sent) throws Exception {
        perform(date(post("/reviews/" + id + "/notification"), "sentDate", sent).param("decision", "NOTIFY")
                .param("reasons", "Criteria met: suspected abuse and serious harm."), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id)).isEqualTo("RAPID_REVIEW");
    }

    /** Records the rapid review: the meeting, all three sign-offs on one date, and the submission (null leaves a field blank). */
    private MvcResult recordRapidReview(long id, LocalDate meeting, LocalDate signedOff, LocalDate submitted) throws Exception {
        long version = jdbc.queryForObject("select version from rapid_review where incident_id = ?", Long.class, id);
        MockHttpServletRequestBuilder record = post("/reviews/" + id + "/rapid-review").param("version", String.valueOf(version));
        dateIfAny(record, "panelMeetingDate", meeting);
        for (String partner : List.of("laSignedOff", "policeSignedOff", "healthSignedOff")) {
            dateIfAny(record, partner, signedOff);
        }
        dateIfAny(record, "submittedToPanel", submitted);
        return perform(record, Role.BUSINESS_UNIT);
    }

    private static void dateIfAny(MockHttpServletRequestBuilder request, String field, LocalDate value) {
        if (value != null) {
            date(request, field, value);
        }
    }

    private MvcResult decide(long id, String decision, LocalDate on) throws Exception {
        return perform(date(post("/reviews/" + id + "/decision"), "decisionDate", on).param("decision", decision)
                .param("nationalReviewAppropriate", "false").param("rationale", "Single-agency learning already in hand"), Role.BUSINESS_UNIT);
    }

    private String afterRedirect(long id, MvcResult result) throws Exception {
        return mvc.perform(get("/reviews/" + id).with(user(as(Role.BUSINESS_UNIT))).flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
    }

    private String stage(long id) {
        return jdbc.queryForObject("select stage from serious_incident where id = ?", String.class, id);
    }

    @Test
    void aRapidReviewIsDecidedAndClosedOnlyWithAllThreeSignOffsAndTheSubmission() throws Exception {
        long id = refer(LocalDate.of(2026, 10, 1), "SERIOUS_HARM", false, "Signoff Child");
        notifyPanel(id, LocalDate.of(2026, 10, 5));

        // Signed off by all three but not submitted: no decision
        recordRapidReview(id, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 21), null);
        assertThat(decide(id, "NO_FURTHER_REVIEW", LocalDate.of(2026, 10, 23)).getResponse().getContentAsString())
                .contains("must be submitted to the National Panel");
        assertThat(jdbc.queryForObject("select decision from rapid_review where incident_id = ?", String.class, id)).isNull();

        // A sign-off or submission dated in the future is refused next to its field, everything typed kept
        String future = recordRapidReview(id, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 21), LocalDate.of(2026, 12, 11))
                .getResponse().getContentAsString();
        assertThat(future).contains("id=\"submittedToPanel-error\"").contains("must be today or in the past").contains("value=\"11\"");

        recordRapidReview(id, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 21), LocalDate.of(2026, 10, 22));
        assertThat(decide(id, "NO_FURTHER_REVIEW", LocalDate.of(2026, 10, 23)).getResponse().getRedirectedUrl()).isEqualTo("/reviews/" + id);

        // After the decision the sign-offs and the submission cannot be blanked
        String blanked = recordRapidReview(id, LocalDate.of(2026, 10, 20), null, null).getResponse().getContentAsString();
        assertThat(blanked).contains("id=\"laSignedOff-error\"").contains("id=\"policeSignedOff-error\"")
                .contains("id=\"healthSignedOff-error\"").contains("id=\"submittedToPanel-error\"").contains("cannot be removed");
        assertThat(jdbc.queryForObject("select police_signed_off from rapid_review where incident_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 10, 21));

        // Close re-checks: a sign-off missing however it went missing keeps the case open
        jdbc.update("update rapid_review set health_signed_off = null where incident_id = ?", id);
        assertThat(afterRedirect(id, perform(post("/reviews/" + id + "/close"), Role.BUSINESS_UNIT))).contains("must sign off");
        assertThat(stage(id)).isEqualTo("RAPID_REVIEW");
        jdbc.update("update rapid_review set health_signed_off = ?, submitted_to_panel = null where incident_id = ?", LocalDate.of(2026, 10, 21), id);
        assertThat(afterRedirect(id, perform(post("/reviews/" + id + "/close"), Role.BUSINESS_UNIT))).contains("must be submitted to the National Panel");
        assertThat(stage(id)).isEqualTo("RAPID_REVIEW");
        jdbc.update("update rapid_review set submitted_to_panel = ? where incident_id = ?", LocalDate.of(2026, 10, 22), id);
        perform(post("/reviews/" + id + "/close"), Role.BUSINESS_UNIT);
        assertThat(stage(id)).isEqualTo("CLOSED");
    }

    @Test
    void aLookedAfterChildsDeathClosesOnlyOnceOfstedAndTheSecretaryOfStateAreNotified() throws Exception {
        long id = refer(LocalDate.of(2026, 10, 1), "DIED", true, "Looked After Child");
        notifyPanel(id, LocalDate.of(2026, 10, 2));
        recordRapidReview(id, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 21), LocalDate.of(2026, 10, 22));
        decide(id, "NO_FURTHER_REVIEW", LocalDate.of(2026, 10, 23));
        assertThat(afterRedirect(id, perform(post("/reviews/" + id + "/close"), Role.BUSINESS_UNIT)))
                .contains("record when Ofsted and the Secretary of State were notified");
        assertThat(stage(id)).isEqualTo("RAPID_REVIEW");

        // Before the local authority became aware, or in the future: refused next to each field, typed values kept
        MockHttpServletRequestBuilder wrong = post("/reviews/" + id + "/ofsted");
        date(wrong, "ofstedDate", LocalDate.of(2026, 9, 30));
        date(wrong, "secretaryOfStateDate", LocalDate.of(2026, 12, 14));
        String refused = perform(wrong, Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(refused).contains("id=\"ofstedDate-error\"").contains("cannot be before the local authority became aware")
                .contains("id=\"secretaryOfStateDate-error\"").contains("must be today or in the past").contains("value=\"30\"").contains("value=\"14\"");
        assertThat(jdbc.queryForObject("select ofsted_notified_date from serious_incident where id = ?", LocalDate.class, id)).isNull();

        MockHttpServletRequestBuilder right = post("/reviews/" + id + "/ofsted");
        date(right, "ofstedDate", LocalDate.of(2026, 10, 1));
        date(right, "secretaryOfStateDate", LocalDate.of(2026, 10, 2));
        perform(right, Role.BUSINESS_UNIT);
        perform(post("/reviews/" + id + "/close"), Role.BUSINESS_UNIT);
        assertThat(stage(id)).isEqualTo("CLOSED");

        // Not notifying the Panel ends the case too: not before Ofsted and the Secretary of State are told
        long notNotified = refer(LocalDate.of(2026, 12, 8), "DIED", true, "Another Looked After Child");
        String reasons = "The child died of a known illness; no abuse or neglect is known or suspected by any agency.";
        assertThat(perform(post("/reviews/" + notNotified + "/notification").param("decision", "DO_NOT_NOTIFY").param("reasons", reasons),
                Role.BUSINESS_UNIT).getResponse().getContentAsString()).contains("record when Ofsted and the Secretary of State were notified")
                .contains(reasons);
        assertThat(stage(notNotified)).isEqualTo("REFERRED");
        MockHttpServletRequestBuilder told = post("/reviews/" + notNotified + "/ofsted");
        date(told, "ofstedDate", LocalDate.of(2026, 12, 9));
        date(told, "secretaryOfStateDate", LocalDate.of(2026, 12, 9));
        perform(told, Role.BUSINESS_UNIT);
        perform(post("/reviews/" + notNotified + "/notification").param("decision", "DO_NOT_NOTIFY").param("reasons", reasons), Role.BUSINESS_UNIT);
        assertThat(stage(notNotified)).isEqualTo("NOT_NOTIFIED");
    }

    @Test
    void doNotNotifyNeedsRealReasonsShownWithTheDecisionDate() throws Exception {
        // Aware Wednesday 2 December 2026: the decision was due Wednesday 9 December
        long id = refer(LocalDate.of(2026, 12, 2), "SERIOUS_HARM", false, "Reasons Child");
        for (String reasons : List.of("n/a", "no", "Not needed.", "Accidental injury, unconnected")) {
            String page = perform(post("/reviews/" + id + "/notification").param("decision", "DO_NOT_NOTIFY").param("reasons", reasons),
                    Role.BUSINESS_UNIT).getResponse().getContentAsString();
            assertThat(page).as(reasons).contains("id=\"reasons-error\"").contains("at least a sentence");
        }
        assertThat(stage(id)).isEqualTo("REFERRED");
        String reasons = "The injury was accidental: the hospital and police found no concern of abuse or neglect.";
        perform(post("/reviews/" + id + "/notification").param("decision", "DO_NOT_NOTIFY").param("reasons", reasons), Role.BUSINESS_UNIT);
        assertThat(stage(id)).isEqualTo("NOT_NOTIFIED");
        String page = perform(get("/reviews/" + id), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(page).contains(reasons).contains("Decided on Thursday 10 December 2026").contains("Decided 1 working day late");
    }

    @Test
    void lateStepsAreFlaggedWithTheirWorkingDaysLateAndCountedForTheYearlyReport() throws Exception {
        List<String> before = timelinessCsv(2026);
        // Aware Monday 2 November 2026: notification due Monday 9 November, sent Wednesday 11 November (2 working days late)
        long id = refer(LocalDate.of(2026, 11, 2), "SERIOUS_HARM", false, "Late Child");
        notifyPanel(id, LocalDate.of(2026, 11, 11));
        assertThat(jdbc.queryForObject("select due_date from rapid_review where incident_id = ?", LocalDate.class, id)).isEqualTo(LocalDate.of(2026, 12, 2));
        // Rapid review due Wednesday 2 December, submitted Friday 4 December (2 working days late)
        recordRapidReview(id, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4));
        String page = perform(get("/reviews/" + id), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(page).contains("Sent 2 working days late").contains("Submitted 2 working days late");
        String caseload = perform(get("/reviews"), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        int row = caseload.indexOf(jdbc.queryForObject("select reference from serious_incident where id = ?", String.class, id));
        assertThat(caseload.substring(row, caseload.indexOf("</tr>", row))).contains("Sent 2 working days late").contains("Submitted 2 working days late");

        String report = perform(get("/reviews/timeliness").param("year", "2026"), Role.LEAD_PARTNER).getResponse().getContentAsString();
        assertThat(report).contains("1 April 2026 to 31 March 2027").contains("Rapid reviews submitted within 15 working days")
                .contains("/reviews/timeliness.csv?year=2026");
        List<String> after = timelinessCsv(2026);
        assertThat(lateCount(after, "Notification decisions")).isEqualTo(lateCount(before, "Notification decisions") + 1);
        assertThat(lateCount(after, "Rapid reviews submitted")).isEqualTo(lateCount(before, "Rapid reviews submitted") + 1);
        assertThat(after.getFirst()).isEqualTo("\"Period\",\"Step\",\"On time\",\"Late\",\"Total\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and detail like 'timeliness.csv%'", Long.class)).isPositive();
        assertThat(perform(get("/reviews/timeliness.csv"), Role.REVIEW_GROUP_MEMBER).getResponse().getStatus()).isEqualTo(403);
    }

    private List<String> timelinessCsv(int year) throws Exception {
        MvcResult csv = perform(get("/reviews/timeliness.csv").param("year", String.valueOf(year)), Role.BUSINESS_UNIT);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        return Arrays.asList(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
    }

    private static int lateCount(List<String> csv, String step) {
        String line = csv.stream().filter(l -> l.contains(step)).findFirst().orElseThrow();
        return Integer.parseInt(line.split(",")[3].replace("\"", ""));
    }

    @Test
    void oneNotificationCoversSiblingsEachWithTheirOwnPseudonymAndIdentity() throws Exception {
        MvcResult referred = perform(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2026, 12, 8)).param("kind", "SERIOUS_INCIDENT")
                .param("whatHappened", "Three siblings found in a cold house without food.").param("abuseOrNeglect", "KNOWN")
                .param("harm", "SERIOUS_HARM").param("lookedAfter", "false").param("childName", "Ottoline Sibling-One")
                .param("otherChildren[0].name", "Peregrine Sibling-Two").param("otherChildren[1].name", "Hyacinth Sibling-Three")
                .param("otherChildren[1].dateOfBirth.day", "3").param("otherChildren[1].dateOfBirth.month", "4")
                .param("otherChildren[1].dateOfBirth.year", "2019"), Role.BUSINESS_UNIT);
        assertThat(referred.getResponse().getRedirectedUrl()).isEqualTo("/reviews/referral-sent");
        long id = jdbc.queryForObject("select max(id) from serious_incident", Long.class);
        List<String> pseudonyms = jdbc.queryForList("select pseudonym from incident_sibling where incident_id = ? order by position", String.class, id);
        String first = jdbc.queryForObject("select child_pseudonym from serious_incident where id = ?", String.class, id);
        assertThat(pseudonyms).hasSize(2).doesNotContain(first);
        assertThat(jdbc.queryForObject("select count(*) from sibling_identity where incident_id = ?", Long.class, id)).isEqualTo(2);

        String confirmation = mvc.perform(get("/reviews/referral-sent").with(user(as(Role.BUSINESS_UNIT))).flashAttrs(referred.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("The children will be referred to as " + first + ", " + pseudonyms.get(0) + ", " + pseudonyms.get(1))
                .contains("local authority&#39;s decision").contains("due by Tuesday 15 December 2026").doesNotContain("{0}");

        String caseload = perform(get("/reviews"), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(caseload).contains(first + ", " + pseudonyms.get(0) + ", " + pseudonyms.get(1)).doesNotContain("Sibling-");
        assertThat(perform(get("/reviews/" + id), Role.BUSINESS_UNIT).getResponse().getContentAsString())
                .contains("<li>" + pseudonyms.get(1) + "</li>").doesNotContain("Sibling-");
        String identities = perform(post("/reviews/" + id + "/identity").param("reason", "Matching school records for all three children"),
                Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(identities).contains("Ottoline Sibling-One").contains("Peregrine Sibling-Two").contains("Hyacinth Sibling-Three")
                .contains("3 April 2019");

        // A sibling's date of birth without a name is refused next to the field, everything typed kept
        String nameless = perform(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2026, 12, 8)).param("kind", "SERIOUS_INCIDENT")
                .param("whatHappened", "Nameless sibling").param("abuseOrNeglect", "KNOWN").param("harm", "SERIOUS_HARM")
                .param("lookedAfter", "false").param("childName", "Someone").param("otherChildren[2].dateOfBirth.day", "1")
                .param("otherChildren[2].dateOfBirth.month", "2").param("otherChildren[2].dateOfBirth.year", "2020"), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(nameless).contains("id=\"otherChildren[2].name-error\"").contains("value=\"2020\"");
    }

    @Test
    void aCareLeaversDeathUpTo25IsAKindOfReferral() throws Exception {
        MockHttpServletRequestBuilder tooOld = date(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2026, 12, 8)),
                "childDateOfBirth", LocalDate.of(1995, 1, 1)).param("kind", "CARE_LEAVER_DEATH").param("whatHappened", "Care leaver found dead at home")
                .param("abuseOrNeglect", "NO").param("harm", "DIED").param("lookedAfter", "false").param("childName", "Old Careleaver");
        assertThat(perform(tooOld, Role.BUSINESS_UNIT).getResponse().getContentAsString()).contains("id=\"childDateOfBirth-error\"")
                .contains("up to the age of 25");
        MockHttpServletRequestBuilder referral = date(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2026, 12, 8)),
                "childDateOfBirth", LocalDate.of(2004, 5, 1)).param("kind", "CARE_LEAVER_DEATH").param("whatHappened", "Care leaver found dead at home")
                .param("abuseOrNeglect", "NO").param("harm", "DIED").param("lookedAfter", "false").param("childName", "Young Careleaver");
        assertThat(perform(referral, Role.BUSINESS_UNIT).getResponse().getRedirectedUrl()).isEqualTo("/reviews/referral-sent");
        long id = jdbc.queryForObject("select max(id) from serious_incident", Long.class);
        assertThat(jdbc.queryForObject("select kind from serious_incident where id = ?", String.class, id)).isEqualTo("CARE_LEAVER_DEATH");
        assertThat(perform(get("/reviews/" + id), Role.BUSINESS_UNIT).getResponse().getContentAsString())
                .contains("The death of a care leaver (up to the age of 25)").contains("Meets the criteria for notification");
        assertThat(perform(get("/reviews/" + id + "/notification"), Role.BUSINESS_UNIT).getResponse().getContentAsString())
                .contains("reports the death of a care leaver up to the age of 25 to the National Panel whatever the cause");

        // Referred with the awareness date tomorrow: refused by the field, the typed date kept
        MockHttpServletRequestBuilder tomorrow = date(date(post("/reviews/refer"), "laAwareDate", LocalDate.of(2026, 12, 11)),
                "childDateOfBirth", LocalDate.of(2004, 5, 1)).param("kind", "CARE_LEAVER_DEATH").param("whatHappened", "Care leaver found dead at home")
                .param("abuseOrNeglect", "NO").param("harm", "DIED").param("lookedAfter", "false").param("childName", "Young Careleaver");
        assertThat(perform(tomorrow, Role.BUSINESS_UNIT).getResponse().getContentAsString()).contains("id=\"laAwareDate-error\"")
                .contains("became aware must be today or in the past").contains("value=\"11\"");
        assertThat(jdbc.queryForObject("select max(id) from serious_incident", Long.class)).isEqualTo(id);
    }
}
