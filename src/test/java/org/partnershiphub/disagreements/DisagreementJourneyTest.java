package org.partnershiphub.disagreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.disagreements.internal.Disagreements;
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

/**
 * A professional disagreement over HTTP, with a clock the test moves and a real SMTP server: raised by a practitioner
 * (refused when incomplete), hidden from an agency lead of an unrelated agency (403, audited), escalated automatically
 * only once stage 1's limit of 2 working days has passed (counted in working days, so a Friday's case is still at stage
 * 1 on Monday evening and on Tuesday, and moves on Wednesday), the stage-2 lead emailed and able to see it, resolved;
 * a second case taken to the last stage by hand flags the business unit once when its limit passes.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3941"})
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class DisagreementJourneyTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3941, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired Disagreements disagreements;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private void at(int year, int month, int day, int hour) {
        clock.set(LocalDateTime.of(year, month, day, hour, 0).atZone(LONDON).toInstant());
    }

    private long council() {
        return jdbc.queryForObject("select id from organisation where name = 'Northshire County Council'", Long.class);
    }

    @BeforeEach
    void stageOneAllowsTwoWorkingDays() {
        jdbc.update("update disagreement_stage set working_days = 2 where stage_order = 1");
    }

    private long raise(String child) throws Exception {
        MvcResult raised = mvc.perform(post("/disagreements").with(csrf()).with(user(as(Role.PRACTITIONER)))
                .param("otherAgency", String.valueOf(council())).param("childReference", child).param("theme", "CLOSURE_OR_STEP_DOWN")
                .param("concern", "Children's social care plan to close the case; the school still sees neglect")
                .param("outcomeSought", "A multi-agency meeting before closure").param("step", "confirm")).andReturn();
        long id = jdbc.queryForObject("select id from disagreement where child_reference = ?", Long.class, child);
        assertThat(raised.getResponse().getRedirectedUrl()).isEqualTo("/disagreements/" + id);
        return id;
    }

    private UserDetails agencyLead(String agency, String email) {
        long agencyId = jdbc.queryForObject("select id from organisation where name = ?", Long.class, agency);
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, created_at, "
                + "version) values (?, 'Test Lead', 'Safeguarding lead', ?, 'ACTIVE', '{noop}unused-password', false, current_timestamp, 0)",
                email, agencyId);
        long personId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'AGENCY_LEAD', current_timestamp)", personId);
        return users.loadUserByUsername(email);
    }

    private String stageLeadEmail(int stage) {
        return jdbc.queryForObject("select u.email from disagreement_stage s join user_account u on u.id = s.lead_id where s.stage_order = ?",
                String.class, stage);
    }

    private long mailsAbout(String to, String reference) throws MessagingException {
        return mailsAbout(to, reference, "");
    }

    private long mailsAbout(String to, String reference, String subjectPart) throws MessagingException {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(to)) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to)) && message.getSubject().contains(reference + " ")
                    && message.getSubject().contains(subjectPart)) {
                count++;
            }
        }
        return count;
    }

    private String received() throws MessagingException {
        StringBuilder all = new StringBuilder();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            all.append(Arrays.toString(message.getAllRecipients())).append(": ").append(message.getSubject()).append('\n');
        }
        return all.toString();
    }

    @Test
    void raisedOnAFridayEscalatesOnlyAfterTwoWorkingDaysAndIsResolvedAtStageTwo() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        UserDetails practitioner = as(Role.PRACTITIONER);

        // an empty form is refused field by field, and nothing is saved
        String refused = mvc.perform(post("/disagreements").with(csrf()).with(user(practitioner))).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem").contains("Choose the agency you disagree with")
                .contains("Enter the child&#39;s pseudonym or case reference").contains("Choose what the disagreement is about");

        String councilLeadEmail = "council.lead." + run + "@northshire.example";
        UserDetails councilLead = agencyLead("Northshire County Council", councilLeadEmail);
        // complete answers are shown back to be checked before anything is saved
        String check = mvc.perform(post("/disagreements").with(csrf()).with(user(practitioner)).param("otherAgency", String.valueOf(council()))
                .param("childReference", "Child F-" + run).param("theme", "CLOSURE_OR_STEP_DOWN").param("concern", "Closing too early")
                .param("outcomeSought", "A meeting")).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check your answers before raising the disagreement").contains("Northshire County Council")
                .contains("Decision to close or step down");
        assertThat(jdbc.queryForObject("select count(*) from disagreement where child_reference = ?", Integer.class, "Child F-" + run)).isZero();

        // the check page's form posted twice (a double click) raises one disagreement
        String submission = check.replaceAll("(?s).*name=\"submission\" value=\"([0-9a-f-]+)\".*", "$1");
        assertThat(submission).hasSize(36);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/disagreements").with(csrf()).with(user(practitioner)).param("otherAgency", String.valueOf(council()))
                    .param("childReference", "Child D-" + run).param("theme", "OTHER").param("concern", "Posted twice")
                    .param("outcomeSought", "One case").param("step", "confirm").param("submission", submission));
        }
        assertThat(jdbc.queryForObject("select count(*) from disagreement where child_reference = ?", Integer.class, "Child D-" + run)).isEqualTo(1);

        at(2026, 12, 4, 10); // Friday 4 December 2026
        long id = raise("Child F-" + run);
        assertThat(jdbc.queryForObject("select current_due from disagreement where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 12, 8)); // Friday is day 0: Monday 1, Tuesday 2
        String page = mvc.perform(get("/disagreements/" + id).with(user(practitioner))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Child F-" + run).contains("Stage 1: practitioner to practitioner").contains("Due in 2 working days");
        assertThat(mvc.perform(get("/disagreements").with(user(practitioner))).andReturn().getResponse().getContentAsString())
                .contains("Child F-" + run);

        // the safeguarding lead of the agency it is raised with is told, and may see it
        String reference = "PD-" + id;
        for (int i = 0; i < 50 && mailsAbout(councilLeadEmail, reference, "raised with your agency") == 0; i++) {
            Thread.sleep(200);
        }
        assertThat(mailsAbout(councilLeadEmail, reference, "raised with your agency")).isEqualTo(1);
        assertThat(mvc.perform(get("/disagreements/" + id).with(user(councilLead))).andReturn().getResponse().getStatus()).isEqualTo(200);

        // an agency lead of an agency not involved is refused, and the refusal is audited
        String outsiderEmail = "outsider." + run + "@northshire.example";
        UserDetails outsider = agencyLead("Northshire Police", outsiderEmail);
        long outsiderId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, outsiderEmail);
        assertThat(mvc.perform(get("/disagreements/" + id).with(user(outsider))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/disagreements/" + id + "/outcome").with(csrf()).with(user(outsider)).param("decision", "RESOLVED")
                .param("note", "Closing it")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'Disagreement' "
                + "and record_id = ? and actor_user_id = ?", Long.class, String.valueOf(id), outsiderId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select status from disagreement where id = ?", String.class, id)).isEqualTo("OPEN");
        // the agency lead of the practitioner's own agency may see it; every view is audited
        assertThat(mvc.perform(get("/disagreements/" + id).with(user(as(Role.AGENCY_LEAD)))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'Disagreement' and record_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(3);
        // the stage 2 lead is not involved yet
        String leadEmail = stageLeadEmail(2);
        UserDetails stageTwoLead = users.loadUserByUsername(leadEmail);
        assertThat(mvc.perform(get("/disagreements/" + id).with(user(stageTwoLead))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // Monday evening and Tuesday evening: still within the limit
        at(2026, 12, 7, 19);
        disagreements.escalateOverdue();
        at(2026, 12, 8, 19);
        disagreements.escalateOverdue();
        assertThat(jdbc.queryForObject("select current_stage from disagreement where id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(mvc.perform(get("/disagreements/" + id).with(user(practitioner))).andReturn().getResponse().getContentAsString())
                .contains("Due today");

        // Wednesday morning: the limit has passed, so it is at stage 2 with a new deadline of 3 working days
        at(2026, 12, 9, 8);
        disagreements.escalateOverdue();
        assertThat(jdbc.queryForObject("select current_stage from disagreement where id = ?", Integer.class, id)).isEqualTo(2);
        int stageTwoDays = jdbc.queryForObject("select working_days from disagreement_stage where stage_order = 2", Integer.class);
        assertThat(jdbc.queryForObject("select current_due from disagreement where id = ?", LocalDate.class, id))
                .isEqualTo(stageTwoDays == 3 ? LocalDate.of(2026, 12, 14) : jdbc.queryForObject("select current_due from disagreement where id = ?",
                        LocalDate.class, id));
        assertThat(jdbc.queryForObject("select outcome from disagreement_step where disagreement_id = ? and stage_order = 1", String.class, id))
                .isEqualTo("ESCALATED_AUTOMATICALLY");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'Disagreement' and record_id = ? "
                + "and actor_name = 'Partnership Hub (system)' and detail like 'escalated automatically%'", Long.class, String.valueOf(id))).isEqualTo(1);
        // running the job again changes nothing
        disagreements.escalateOverdue();
        assertThat(jdbc.queryForObject("select count(*) from disagreement_step where disagreement_id = ?", Integer.class, id)).isEqualTo(2);

        // the stage 2 lead and the practitioner are emailed, and the lead now sees the case
        for (int i = 0; i < 50 && (mailsAbout(leadEmail, reference) == 0 || mailsAbout(demo.forRole(Role.PRACTITIONER).email(), reference) == 0); i++) {
            Thread.sleep(200);
        }
        assertThat(mailsAbout(leadEmail, reference)).isEqualTo(1);
        assertThat(mailsAbout(demo.forRole(Role.PRACTITIONER).email(), reference)).as(received()).isEqualTo(1);
        String leadView = mvc.perform(get("/disagreements/" + id).with(user(stageTwoLead))).andReturn().getResponse().getContentAsString();
        assertThat(leadView).contains("Stage 2: team managers").contains("Escalated automatically: time limit passed")
                .contains("Recorded by Partnership Hub");

        // an outcome needs a decision and a note
        String incomplete = mvc.perform(post("/disagreements/" + id + "/outcome").with(csrf()).with(user(stageTwoLead)).param("decision", "RESOLVED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(incomplete).contains("Enter how the disagreement was resolved");
        // resolved at stage 2 by its named lead
        mvc.perform(post("/disagreements/" + id + "/outcome").with(csrf()).with(user(stageTwoLead)).param("decision", "RESOLVED")
                .param("note", "Multi-agency meeting agreed to keep the case open for 6 weeks"));
        assertThat(jdbc.queryForObject("select status from disagreement where id = ?", String.class, id)).isEqualTo("RESOLVED");
        assertThat(jdbc.queryForObject("select outcome from disagreement_step where disagreement_id = ? and stage_order = 2", String.class, id))
                .isEqualTo("RESOLVED");
        // a closed case cannot be withdrawn or resolved again
        MvcResult again = mvc.perform(post("/disagreements/" + id + "/withdraw").with(csrf()).with(user(practitioner)).param("reason", "Late"))
                .andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("disagreement.refused.notOpen");

        // the business unit's report counts it as resolved at stage 2 and lists it with the filters
        String report = mvc.perform(get("/disagreements/report").with(user(as(Role.BUSINESS_UNIT)))).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Decision to close or step down").contains("Stage 2");
        String all = mvc.perform(get("/disagreements/all?status=RESOLVED&stage=2&theme=CLOSURE_OR_STEP_DOWN").with(user(as(Role.BUSINESS_UNIT))))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Child F-" + run);
        String csv = mvc.perform(get("/disagreements/report.csv").with(user(as(Role.BUSINESS_UNIT)))).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"Themes\",\"Decision to close or step down\"");
    }

    @Test
    void bankHolidaysAreNotWorkingDaysAndOnlyTheRaiserWithdraws() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        at(2026, 12, 24, 11); // Thursday 24 December: Christmas Day and the substitute Boxing Day (Monday 28) do not count
        long id = raise("Child H-" + run);
        assertThat(jdbc.queryForObject("select current_due from disagreement where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 12, 30));
        at(2026, 12, 30, 20);
        disagreements.escalateOverdue();
        assertThat(jdbc.queryForObject("select current_stage from disagreement where id = ?", Integer.class, id)).isEqualTo(1);
        at(2026, 12, 31, 9);
        disagreements.escalateOverdue();
        assertThat(jdbc.queryForObject("select current_stage from disagreement where id = ?", Integer.class, id)).isEqualTo(2);

        // an outcome chosen on the page of stage 1, posted after the case moved on, is not recorded against stage 2
        UserDetails practitioner = as(Role.PRACTITIONER);
        MvcResult stale = mvc.perform(post("/disagreements/" + id + "/outcome").with(csrf()).with(user(practitioner)).param("decision", "RESOLVED")
                .param("note", "Agreed on the phone").param("stage", "1")).andReturn();
        assertThat(stale.getFlashMap().get("problem")).isEqualTo("disagreement.refused.moved");
        assertThat(jdbc.queryForObject("select status from disagreement where id = ?", String.class, id)).isEqualTo("OPEN");

        // only the person who raised it may withdraw it: their agency lead, who can see it, is refused
        assertThat(mvc.perform(post("/disagreements/" + id + "/withdraw").with(csrf()).with(user(as(Role.AGENCY_LEAD)))
                .param("reason", "Not needed")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/disagreements/" + id + "/withdraw").with(csrf()).with(user(practitioner))).andReturn().getResponse()
                .getContentAsString()).contains("Enter why you are withdrawing the disagreement");
        mvc.perform(post("/disagreements/" + id + "/withdraw").with(csrf()).with(user(practitioner))
                .param("reason", "Children's social care reopened the assessment"));
        assertThat(jdbc.queryForObject("select status from disagreement where id = ?", String.class, id)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select outcome from disagreement_step where disagreement_id = ? and stage_order = 2", String.class, id))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void theLastStagesLimitPassingAlertsTheBusinessUnitOnce() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        at(2027, 1, 11, 10); // Monday 11 January 2027
        long id = raise("Child L-" + run);
        UserDetails practitioner = as(Role.PRACTITIONER);
        UserDetails businessUnit = as(Role.BUSINESS_UNIT);
        int stages = jdbc.queryForObject("select count(*) from disagreement_stage", Integer.class);
        for (int i = 1; i < stages; i++) {
            mvc.perform(post("/disagreements/" + id + "/outcome").with(csrf()).with(user(i == 1 ? practitioner : businessUnit))
                    .param("decision", "ESCALATE").param("note", "Still no agreement at stage " + i));
        }
        assertThat(jdbc.queryForObject("select current_stage from disagreement where id = ?", Integer.class, id))
                .isEqualTo(jdbc.queryForObject("select max(stage_order) from disagreement_stage", Integer.class));
        // escalating beyond the last stage is refused with a message
        String beyond = mvc.perform(post("/disagreements/" + id + "/outcome").with(csrf()).with(user(businessUnit)).param("decision", "ESCALATE")
                .param("note", "More")).andReturn().getResponse().getContentAsString();
        assertThat(beyond).contains("This is the last stage");

        // the limit passes: the job flags it once, however often it runs
        LocalDate due = jdbc.queryForObject("select current_due from disagreement where id = ?", LocalDate.class, id);
        clock.set(due.plusDays(3).atTime(9, 0).atZone(LONDON).toInstant());
        disagreements.escalateOverdue();
        disagreements.escalateOverdue();
        clock.set(due.plusDays(10).atTime(9, 0).atZone(LONDON).toInstant());
        disagreements.escalateOverdue();
        assertThat(jdbc.queryForObject("select overdue_alerted_at from disagreement where id = ?", java.sql.Timestamp.class, id)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'Disagreement' and record_id = ? "
                + "and detail like '%business unit alerted'", Long.class, String.valueOf(id))).isEqualTo(1);
        String bu = demo.forRole(Role.BUSINESS_UNIT).email();
        String reference = "PD-" + id;
        for (int i = 0; i < 50 && mailsAbout(bu, reference, "overdue at the final stage") == 0; i++) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
        assertThat(mailsAbout(bu, reference, "overdue at the final stage")).isEqualTo(1);
        String page = mvc.perform(get("/disagreements/" + id).with(user(businessUnit))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("working days overdue");
        String report = mvc.perform(get("/disagreements/report").with(user(businessUnit))).andReturn().getResponse().getContentAsString();
        assertThat(report).contains(reference);
    }
}
