package org.partnershiphub.governance;

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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphub.files.UploadFixtures;
import org.partnershiphub.identity.DemoAccounts;
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

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A board's business over HTTP: quorum computed from attendance against the board's rule, a decision passed by vote
 * with dissent recorded by name, an overdue action updated by its owner, follow-up reports landing on later agendas,
 * restricted papers and minutes refused to non-members (and audited), publishing, and members' calendar feed.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3945"})
@AutoConfigureMockMvc
class GovernanceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3945, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.partnershiphub.governance.internal.ActionReminders reminders;
    @Autowired org.partnershiphub.governance.internal.ActionLog actionLog;
    @Autowired org.partnershiphub.governance.internal.FollowUps followUps;
    @Autowired org.partnershiphub.governance.internal.Meetings meetings;

    private String run;
    private long board;
    private long leadPartner;
    private long police;
    private long health;

    private UserDetails as(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    private long personId(Role role) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, demo.forRole(role).email());
    }

    /** A board of its own for each test: the lead partner (local authority), the police executive and a health member. */
    @BeforeEach
    void board() {
        run = Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into hub_group (name, group_type) values (?, 'EXECUTIVE')", "Test Executive " + run);
        board = jdbc.queryForObject("select id from hub_group where name = ?", Long.class, "Test Executive " + run);
        long icb = jdbc.queryForObject("select id from organisation where name = 'NHS Northshire Integrated Care Board'", Long.class);
        jdbc.update("insert into user_account (email, full_name, organisation_id, status, must_change_password, created_at, version) "
                + "values (?, ?, ?, 'ACTIVE', false, current_timestamp, 0)", "health." + run + "@northshire.example", "Morwenna Tresize " + run, icb);
        health = jdbc.queryForObject("select id from user_account where email = ?", Long.class, "health." + run + "@northshire.example");
        leadPartner = personId(Role.LEAD_PARTNER);
        police = personId(Role.EXECUTIVE_MEMBER);
        jdbc.update("insert into group_membership (group_id, user_id, role_in_group) values (?, ?, 'Chair')", board, leadPartner);
        jdbc.update("insert into group_membership (group_id, user_id, role_in_group) values (?, ?, 'Police partner')", board, police);
        jdbc.update("insert into group_membership (group_id, user_id, role_in_group) values (?, ?, 'Health partner')", board, health);
    }

    private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, Role role) throws Exception {
        if (role != null) {
            request.with(user(as(role)));
        }
        request.with(csrf());
        return mvc.perform(request).andReturn();
    }

    private String page(String path, Role role) throws Exception {
        MvcResult result = perform(get(path), role);
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private long schedule(LocalDate day) throws Exception {
        MvcResult result = perform(post("/governance/boards/" + board + "/meetings").param("date.day", String.valueOf(day.getDayOfMonth()))
                .param("date.month", String.valueOf(day.getMonthValue())).param("date.year", String.valueOf(day.getYear()))
                .param("startTime", "10:00").param("endTime", "12:30").param("place", "County Hall " + run), Role.BUSINESS_UNIT);
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/governance/meetings/");
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/governance/meetings/".length()));
    }

    private long item(long meeting, String title, boolean restricted) throws Exception {
        perform(post("/governance/meetings/" + meeting + "/items").param("title", title).param("presenter", "Head of Service")
                .param("restricted", restricted ? "yes" : "no"), Role.BUSINESS_UNIT);
        return jdbc.queryForObject("select id from gov_agenda_item where meeting_id = ? and title = ?", Long.class, meeting, title);
    }

    private long denials(String recordType, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = ? and record_id = ?",
                Long.class, recordType, String.valueOf(id));
    }

    @Test
    void quorumIsComputedFromAttendanceAgainstTheBoardsRule() throws Exception {
        perform(post("/governance/boards/" + board).param("termsOfReference", "Holds the partners to account.").param("quorumMembers", "3")
                .param("quorumPartners", "true"), Role.BUSINESS_UNIT);
        long meeting = schedule(LocalDate.now().minusDays(7));
        assertThat(page("/governance/meetings/" + meeting, Role.LEAD_PARTNER)).contains("Attendance has not been recorded yet");

        // a line too long for the record is refused next to the field, with everything typed kept
        String tooLong = perform(post("/governance/meetings/" + meeting + "/attendance").param("status-" + leadPartner, "PRESENT")
                .param("others", "Sam Carter, Head of Service, Northshire County Council\nCllr " + "x".repeat(250)), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(tooLong).contains("Line 2 is too long").contains("Sam Carter, Head of Service, Northshire County Council")
                .contains("<title>Error: ");
        assertThat(jdbc.queryForObject("select count(*) from gov_attendance where meeting_id = ?", Integer.class, meeting)).isZero();

        perform(post("/governance/meetings/" + meeting + "/attendance").param("status-" + leadPartner, "PRESENT")
                .param("status-" + police, "PRESENT").param("status-" + health, "APOLOGIES")
                .param("others", "Sam Carter, Head of Service, Northshire County Council\nCllr Jo Patel, Lead Member for Children, Northshire County Council"
                        + "\nDr Ade Bello, Designated Doctor\nAlex Kim, Independent Scrutineer, Northshire SCP"), Role.BUSINESS_UNIT);
        // non-members keep their role and agency, and never count towards the quorum
        assertThat(jdbc.queryForObject("select role_in_group from gov_attendance where meeting_id = ? and name = 'Cllr Jo Patel'", String.class,
                meeting)).isEqualTo("Lead Member for Children");
        assertThat(jdbc.queryForObject("select agency_name from gov_attendance where meeting_id = ? and name = 'Cllr Jo Patel'", String.class,
                meeting)).isEqualTo("Northshire County Council");
        String notQuorate = page("/governance/meetings/" + meeting, Role.LEAD_PARTNER);
        assertThat(notQuorate).contains("Not quorate").contains("2 members present").contains("1 more member needed")
                .contains("No member present from health").doesNotContain("No member present from the police")
                .contains("Sam Carter").contains("Head of Service (not a member)").contains("Designated Doctor (not a member)")
                .contains("In attendance").contains("Apologies");
        assertThat(page("/governance/meetings/" + meeting + "/attendance", Role.BUSINESS_UNIT))
                .contains("Cllr Jo Patel, Lead Member for Children, Northshire County Council").contains("Dr Ade Bello, Designated Doctor");

        perform(post("/governance/meetings/" + meeting + "/attendance").param("status-" + leadPartner, "PRESENT")
                .param("status-" + police, "PRESENT").param("status-" + health, "PRESENT"), Role.BUSINESS_UNIT);
        String quorate = page("/governance/meetings/" + meeting, Role.LEAD_PARTNER);
        assertThat(quorate).contains("Quorate").doesNotContain("Not quorate").contains("3 members present");

        // without a quorum rule a meeting is neither quorate nor not: "Quorate, no members present" never appears
        perform(post("/governance/boards/" + board).param("termsOfReference", "Holds the partners to account.").param("quorumMembers", "")
                .param("quorumPartners", "false"), Role.BUSINESS_UNIT);
        perform(post("/governance/meetings/" + meeting + "/attendance").param("others", "Sam Carter, Head of Service"), Role.BUSINESS_UNIT);
        String noRule = page("/governance/meetings/" + meeting, Role.LEAD_PARTNER);
        assertThat(noRule).contains("No members present").contains("This board has no quorum rule").doesNotContain(">Quorate<")
                .doesNotContain("Not quorate");

        // an attendance form from someone else is refused
        assertThat(perform(post("/governance/meetings/" + meeting + "/attendance").param("status-" + health, "ABSENT"), Role.EXECUTIVE_MEMBER)
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aDecisionByVoteKeepsTheNamesOfThoseWhoAskedForTheirVoteToBeRecorded() throws Exception {
        long meeting = schedule(LocalDate.now().minusDays(3));
        perform(post("/governance/meetings/" + meeting + "/attendance").param("status-" + leadPartner, "PRESENT")
                .param("status-" + police, "PRESENT").param("status-" + health, "PRESENT"), Role.BUSINESS_UNIT);
        long item = item(meeting, "Early help strategy " + run, false);

        // more names than votes against and abstentions: refused, with what was typed kept
        MvcResult refused = perform(post("/governance/items/" + item + "/decisions").param("decision", "Adopt the strategy " + run)
                .param("decidedBy", "Test Executive").param("voteTaken", "yes").param("outcome", "CARRIED").param("votesFor", "4").param("votesAgainst", "1")
                .param("votesAbstaining", "0").param("dissent", String.valueOf(leadPartner)).param("dissent", String.valueOf(police)), Role.BUSINESS_UNIT);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("More names are recorded than votes against and abstentions")
                .contains("Adopt the strategy " + run);
        assertThat(jdbc.queryForObject("select count(*) from gov_decision where item_id = ?", Integer.class, item)).isZero();

        MvcResult saved = perform(post("/governance/items/" + item + "/decisions").param("decision", "Adopt the strategy " + run)
                .param("rationale", "Evidence from the audit").param("decidedBy", "Test Executive").param("voteTaken", "yes")
                .param("outcome", "CARRIED").param("votesFor", "4").param("votesAgainst", "2").param("votesAbstaining", "1")
                .param("dissent", String.valueOf(leadPartner)).param("dissent", String.valueOf(police)), Role.BUSINESS_UNIT);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/governance/meetings/" + meeting + "#item-" + item);
        String log = perform(get("/governance/decisions").param("q", "adopt strategy " + run), Role.AGENCY_LEAD).getResponse().getContentAsString();
        assertThat(log).contains("Adopt the strategy " + run).contains("Carried: 4 for, 2 against, 1 abstaining")
                .contains(demo.forRole(Role.LEAD_PARTNER).name()).contains(demo.forRole(Role.EXECUTIVE_MEMBER).name());
        assertThat(perform(get("/governance/decisions").param("q", "nothing like this " + run), Role.AGENCY_LEAD).getResponse().getContentAsString()).doesNotContain("Adopt the strategy " + run);

        // as real minutes put it: a majority vote without the numbers, not carried, a recorded vote asked for, names listed
        long second = item(meeting, "Threshold document " + run, false);
        String noOutcome = perform(post("/governance/items/" + second + "/decisions").param("decision", "Revise the threshold document " + run)
                .param("decidedBy", "Test Executive").param("voteTaken", "majority").param("namesFor", "Cllr Jo Patel"), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(noOutcome).contains("Select whether the motion was carried").contains("Cllr Jo Patel");
        String contradicts = perform(post("/governance/items/" + second + "/decisions").param("decision", "Revise " + run)
                .param("decidedBy", "Test Executive").param("voteTaken", "yes").param("outcome", "CARRIED").param("votesFor", "1")
                .param("votesAgainst", "5").param("votesAbstaining", "0").param("namesAgainst", "A\nB\nC\nD\nE\nF"), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(contradicts).contains("The numbers do not match the outcome").contains("More names are listed than votes counted");
        String namesWithoutVote = perform(post("/governance/items/" + second + "/decisions").param("decision", "Revise " + run)
                .param("decidedBy", "Test Executive").param("voteTaken", "no").param("voteRequestedBy", "Cllr Jo Patel"), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(namesWithoutVote).contains("can only be given when a vote was taken");
        assertThat(jdbc.queryForObject("select count(*) from gov_decision where item_id = ?", Integer.class, second)).isZero();
        perform(post("/governance/items/" + second + "/decisions").param("decision", "Revise the threshold document " + run)
                .param("decidedBy", "Test Executive").param("voteTaken", "majority").param("outcome", "NOT_CARRIED")
                .param("voteRequestedBy", "Cllr Jo Patel").param("namesFor", "Cllr Jo Patel\nDr Ade Bello").param("namesAgainst", "Sam Carter")
                .param("namesAbstaining", ""), Role.BUSINESS_UNIT);
        String minuted = perform(get("/governance/decisions").param("q", "threshold " + run), Role.AGENCY_LEAD).getResponse().getContentAsString();
        assertThat(minuted).contains("Not carried: majority vote, numbers not recorded").contains("Recorded vote requested by Cllr Jo Patel")
                .contains("For: Cllr Jo Patel, Dr Ade Bello").contains("Against: Sam Carter").doesNotContain("Abstaining:");
        // and a decision agreed without a vote
        long third = item(meeting, "Annual report " + run, false);
        perform(post("/governance/items/" + third + "/decisions").param("decision", "Approve the annual report " + run)
                .param("decidedBy", "Test Executive").param("voteTaken", "no"), Role.BUSINESS_UNIT);
        assertThat(perform(get("/governance/decisions").param("q", "annual report " + run), Role.AGENCY_LEAD).getResponse().getContentAsString())
                .contains("Agreed without a vote");
    }

    @Test
    void anOverdueActionIsFlaggedAndOnlyItsOwnerOrTheBusinessUnitUpdatesIt() throws Exception {
        long meeting = schedule(LocalDate.now().minusDays(30));
        long item = item(meeting, "Neglect strategy " + run, false);
        LocalDate due = LocalDate.now().minusDays(2);
        perform(post("/governance/items/" + item + "/actions").param("description", "Circulate the neglect toolkit " + run)
                .param("ownerId", String.valueOf(police)).param("due.day", String.valueOf(due.getDayOfMonth()))
                .param("due.month", String.valueOf(due.getMonthValue())).param("due.year", String.valueOf(due.getYear())), Role.BUSINESS_UNIT);
        long action = jdbc.queryForObject("select id from gov_action where item_id = ?", Long.class, item);

        String overdue = page("/governance/actions?overdue=true&board=" + board, Role.EXECUTIVE_MEMBER);
        assertThat(overdue).contains("Circulate the neglect toolkit " + run).contains("Overdue");
        assertThat(page("/governance/actions?mine=true", Role.EXECUTIVE_MEMBER)).contains("Circulate the neglect toolkit " + run);
        // the dashboard's figures agree with the log
        var owned = actionLog.log(new org.partnershiphub.governance.internal.ActionLog.Filter(null, null, false, true),
                (org.partnershiphub.shared.HubPrincipal) as(Role.EXECUTIVE_MEMBER), true, java.util.Set.of(), null, 10_000);
        var counts = actionLog.countsOwnedBy(police);
        assertThat(counts.overdue()).isPositive().isEqualTo(owned.stream().filter(a -> a.overdue(actionLog.today())).count());
        assertThat(counts.open()).isEqualTo(owned.stream().filter(a -> a.status().isOpen()).count());
        assertThat(page("/dashboard", Role.EXECUTIVE_MEMBER)).contains("Meeting actions you own");

        assertThat(perform(post("/governance/actions/" + action).param("status", "COMPLETE").param("update", "Done"), Role.SUBGROUP_MEMBER)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(denials("MeetingAction", action)).isEqualTo(1);

        MvcResult empty = perform(post("/governance/actions/" + action).param("status", "COMPLETE").param("update", ""), Role.EXECUTIVE_MEMBER);
        assertThat(empty.getResponse().getContentAsString()).contains("Enter the update");
        perform(post("/governance/actions/" + action).param("status", "COMPLETE").param("update", "Sent to all schools"), Role.EXECUTIVE_MEMBER);
        assertThat(jdbc.queryForObject("select status from gov_action where id = ?", String.class, action)).isEqualTo("COMPLETE");
        assertThat(page("/governance/actions?overdue=true&board=" + board, Role.EXECUTIVE_MEMBER)).doesNotContain("Circulate the neglect toolkit " + run);
    }

    @Test
    void anActionGivenToAPractitionerIsTheirsToReadAndUpdate() throws Exception {
        long meeting = schedule(LocalDate.now().minusDays(10));
        long item = item(meeting, "Schools engagement " + run, false);
        LocalDate due = LocalDate.now().plusDays(20);
        perform(post("/governance/items/" + item + "/actions").param("description", "Collect the schools' survey returns " + run)
                .param("ownerId", String.valueOf(personId(Role.PRACTITIONER))).param("due.day", String.valueOf(due.getDayOfMonth()))
                .param("due.month", String.valueOf(due.getMonthValue())).param("due.year", String.valueOf(due.getYear())), Role.BUSINESS_UNIT);
        long action = jdbc.queryForObject("select id from gov_action where item_id = ?", Long.class, item);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        var mail = smtp.getReceivedMessagesForDomain(demo.forRole(Role.PRACTITIONER).email());
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).isEqualTo("An action for you from the Test Executive " + run + " meeting on "
                + LocalDate.now().minusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(GreenMailUtil.getBody(mail[0])).contains("Collect the schools' survey returns " + run).contains("/governance/actions/" + action);

        assertThat(page("/governance/actions/" + action, Role.PRACTITIONER)).contains("Collect the schools&#39; survey returns " + run)
                .doesNotContain("See the meeting where this was agreed");
        perform(post("/governance/actions/" + action).param("status", "IN_PROGRESS").param("update", "Half returned"), Role.PRACTITIONER);
        assertThat(jdbc.queryForObject("select status from gov_action where id = ?", String.class, action)).isEqualTo("IN_PROGRESS");
        // another agency lead reads the log but cannot update someone else's action; a colleague who is not the owner cannot even read it
        assertThat(page("/governance/actions/" + action, Role.AGENCY_LEAD)).contains("Half returned");
        assertThat(perform(post("/governance/actions/" + action).param("status", "COMPLETE").param("update", "Done"), Role.AGENCY_LEAD)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/governance/actions/" + action), Role.AUDITOR).getResponse().getStatus()).isEqualTo(403);
        assertThat(denials("MeetingAction", action)).isEqualTo(2);

        // once overdue, the weekly reminder lists it for its owner
        var reminders = this.reminders.remindersFor(LocalDate.now().plusDays(21));
        var mine = reminders.stream().filter(r -> r.email().equals(demo.forRole(Role.PRACTITIONER).email())).findFirst().orElseThrow();
        assertThat(mine.body()).contains("Collect the schools' survey returns " + run).contains("/governance/actions/" + action);
        assertThat(this.reminders.remindersFor(LocalDate.now().plusDays(20)).stream()
                .filter(r -> r.body().contains("Collect the schools' survey returns " + run))).isEmpty();
    }

    @Test
    void theLogsComeFiftyAtATimeWithoutRepeatingOrSkippingAny() throws Exception {
        long meeting = schedule(LocalDate.now().minusDays(40));
        long item = item(meeting, "Paging " + run, false);
        for (int i = 0; i < 60; i++) { // every third action shares a due date with the next, so the keyset's tie-break counts
            jdbc.update("insert into gov_action (meeting_id, item_id, description, owner_name, due_date, status, created_at) values (?, ?, ?, 'Paging owner', ?, 'OPEN', current_timestamp)",
                    meeting, item, "Paged action " + i + " " + run, LocalDate.now().plusDays(i / 3));
            jdbc.update("insert into gov_decision (meeting_id, item_id, decision, decided_by, vote_taken, recorded_at, recorded_by) values (?, ?, ?, 'Test', false, current_timestamp, ?)",
                    meeting, item, "Paged decision " + i + " " + run, leadPartner);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        String first = page("/governance/actions?board=" + board, Role.LEAD_PARTNER);
        assertThat(first).contains("50 actions, soonest due first").contains("Actions due later");
        String next = org.springframework.web.util.HtmlUtils.htmlUnescape(first.replaceAll("(?s).*href=\"([^\"]*after=\\d+[^\"]*)\" rel=\"next\".*", "$1"));
        String second = page(next, Role.LEAD_PARTNER);
        assertThat(second).contains("10 actions, soonest due first").doesNotContain("Actions due later").contains("First page");
        for (String pageText : List.of(first, second)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Paged action (\\d+) " + run).matcher(pageText);
            while (m.find()) {
                assertThat(seen.add(m.group(1))).as("action %s shown once", m.group(1)).isTrue();
            }
        }
        assertThat(seen).hasSize(60);
        String decisions = perform(get("/governance/decisions").param("q", "paged decision " + run), Role.LEAD_PARTNER).getResponse().getContentAsString();
        assertThat(decisions).contains("50 decisions, newest meeting first").contains("Older decisions");
    }

    /** The rules live in the services, whichever path calls them: each refusal names its field. */
    @Test
    void theServicesRefuseIncompleteMinutesNamingTheFields() throws Exception {
        long meeting = schedule(LocalDate.now().minusDays(7));
        var item = meetings.item(item(meeting, "Neglect strategy " + run, false));
        var day = meetings.meeting(meeting).starts().toLocalDate();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> followUps.request(item,
                        new org.partnershiphub.governance.internal.FollowUps.FollowUpCommand(" ", "Head of Early Help", "999999999", null)))
                .isInstanceOfSatisfying(org.partnershiphub.shared.FieldRefusals.class, refused -> assertThat(refused.refusals())
                        .extracting(org.partnershiphub.shared.FieldRefusals.Refusal::field).containsExactly("subject", "dueMeeting"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> actionLog.record(item, day,
                        new org.partnershiphub.governance.internal.ActionLog.ActionCommand("Share the strategy", "", "", day.minusDays(1))))
                .isInstanceOfSatisfying(org.partnershiphub.shared.FieldRefusals.class, refused -> assertThat(refused.refusals())
                        .extracting(org.partnershiphub.shared.FieldRefusals.Refusal::messageKey)
                        .containsExactly("gov.action.error.owner", "gov.action.error.dueBeforeMeeting"));
        assertThat(jdbc.queryForObject("select count(*) from gov_follow_up where item_id = ?", Long.class, item.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from gov_action where item_id = ?", Long.class, item.id())).isZero();
    }

    @Test
    void followUpReportsLandOnTheAgendaOfTheMeetingTheyAreDueAt() throws Exception {
        long first = schedule(LocalDate.now().minusDays(14));
        long later = schedule(LocalDate.now().plusDays(60));
        long item = item(first, "Front door arrangements " + run, false);
        perform(post("/governance/items/" + item + "/follow-ups").param("subject", "Update covering the impact of the front door " + run)
                .param("reportFrom", "Director of Children's Services").param("dueMeeting", String.valueOf(later)), Role.BUSINESS_UNIT);
        String agenda = page("/governance/meetings/" + later, Role.LEAD_PARTNER);
        assertThat(agenda).contains("Draft agenda").contains("Update covering the impact of the front door " + run)
                .contains("Follow-up report asked for at the meeting on");

        // no meeting chosen: it goes on the next meeting scheduled for the board
        perform(post("/governance/items/" + item + "/follow-ups").param("subject", "Audit of strategy discussions " + run)
                .param("reportFrom", "Head of Quality Assurance").param("dueMeeting", "next"), Role.BUSINESS_UNIT);
        assertThat(page("/governance/boards/" + board, Role.LEAD_PARTNER)).contains("Audit of strategy discussions " + run);
        long next = schedule(LocalDate.now().plusDays(120));
        assertThat(page("/governance/meetings/" + next, Role.LEAD_PARTNER)).contains("Audit of strategy discussions " + run);
        assertThat(page("/governance/boards/" + board, Role.LEAD_PARTNER)).doesNotContain("Reports requested for the next meeting");
    }

    @Test
    void restrictedPapersAndMinutesAreForMembersOnlyAndNeverPublished() throws Exception {
        long meeting = schedule(LocalDate.now().minusDays(5));
        long open = item(meeting, "Annual report " + run, false);
        long closed = item(meeting, "Case discussion " + run, true);
        perform(post("/governance/items/" + open + "/minutes").param("discussion", "The annual report was welcomed " + run), Role.BUSINESS_UNIT);
        perform(post("/governance/items/" + closed + "/minutes").param("discussion", "Child Q's plan was discussed " + run), Role.BUSINESS_UNIT);
        byte[] pdf = UploadFixtures.pdf();
        perform(multipart("/governance/items/" + closed + "/papers").file(new MockMultipartFile("file", "case-summary.pdf", "application/pdf", pdf))
                .param("title", "Case summary " + run), Role.BUSINESS_UNIT);
        perform(multipart("/governance/items/" + open + "/papers").file(new MockMultipartFile("file", "report.exe.pdf", "application/pdf",
                "MZ not a pdf".getBytes())), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select count(*) from gov_paper where item_id = ?", Integer.class, open)).isZero();
        long paper = jdbc.queryForObject("select id from gov_paper where item_id = ?", Long.class, closed);
        assertThat(jdbc.queryForObject("select restricted from gov_paper where id = ?", Boolean.class, paper)).isTrue();

        // a member reads everything, and the trail says so
        String member = page("/governance/meetings/" + meeting, Role.LEAD_PARTNER);
        assertThat(member).contains("Child Q&#39;s plan was discussed " + run).contains("Case summary " + run);
        MvcResult download = perform(get("/governance/papers/" + paper), Role.LEAD_PARTNER);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        // a subgroup chair who is not a member sees the item exists, never its minutes or papers
        String outsider = page("/governance/meetings/" + meeting, Role.SUBGROUP_MEMBER);
        assertThat(outsider).contains("The annual report was welcomed " + run).contains("This item is restricted")
                .doesNotContain("Child Q").doesNotContain("Case summary " + run).doesNotContain("Case discussion " + run);
        assertThat(perform(get("/governance/papers/" + paper), Role.SUBGROUP_MEMBER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/governance/items/" + closed), Role.SUBGROUP_MEMBER).getResponse().getStatus()).isEqualTo(403);
        assertThat(denials("MeetingPaper", paper)).isEqualTo(1);
        assertThat(denials("AgendaItem", closed)).isEqualTo(1);
        assertThat(perform(get("/governance/items/" + open), Role.SUBGROUP_MEMBER).getResponse().getStatus()).isEqualTo(200);

        // an action under the restricted item: its owner is told by email without the action being described
        perform(post("/governance/items/" + closed + "/actions").param("description", "Share Child Q's chronology " + run)
                .param("ownerId", String.valueOf(health)).param("due.day", "1").param("due.month", "1").param("due.year", "2099"), Role.BUSINESS_UNIT);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        var told = smtp.getReceivedMessagesForDomain("health." + run + "@northshire.example");
        assertThat(told).hasSize(1);
        assertThat(GreenMailUtil.getBody(told[0])).contains("restricted item").doesNotContain("Child Q").doesNotContain("chronology");

        // the scrutineer reads restricted business too
        assertThat(perform(get("/governance/papers/" + paper), Role.INDEPENDENT_SCRUTINEER).getResponse().getStatus()).isEqualTo(200);

        // published minutes: the publishable item only
        assertThat(perform(get("/minutes/" + meeting), null).getResponse().getStatus()).isEqualTo(404);
        perform(post("/governance/meetings/" + meeting + "/publish"), Role.BUSINESS_UNIT);
        String published = perform(get("/minutes/" + meeting), null).getResponse().getContentAsString();
        assertThat(published).contains("The annual report was welcomed " + run).contains("Restricted item")
                .doesNotContain("Child Q").doesNotContain("Case discussion " + run).doesNotContain("Case summary");
        assertThat(perform(get("/minutes"), null).getResponse().getContentAsString()).contains("Test Executive " + run);
    }

    @Test
    void aFollowUpDueInARangeOfMonthsGoesToTheFirstMeetingInThatRange() throws Exception {
        int year = LocalDate.now().getYear() + 2; // months no other test schedules meetings in
        long asking = schedule(LocalDate.of(year, 3, 10));
        long item = item(asking, "Front door review " + run, false);
        long november = schedule(LocalDate.of(year, 11, 5));
        // typed as the minutes put it; a range that cannot be read is refused next to the field, the text kept
        String refused = perform(post("/governance/items/" + item + "/follow-ups").param("subject", "Impact of the new front door " + run)
                .param("reportFrom", "Head of Early Help").param("dueMeeting", "months").param("dueMonths", "Autumn " + year), Role.BUSINESS_UNIT)
                .getResponse().getContentAsString();
        assertThat(refused).contains("Enter the month or months it is due").contains("Autumn " + year);

        perform(post("/governance/items/" + item + "/follow-ups").param("subject", "Impact of the new front door " + run)
                .param("reportFrom", "Head of Early Help").param("dueMeeting", "months").param("dueMonths", "September/October " + year),
                Role.BUSINESS_UNIT);
        String dueText = jdbc.queryForObject("select due_text from gov_follow_up where item_id = ?", String.class, item);
        assertThat(dueText).isEqualTo("September/October " + year);
        assertThat(jdbc.queryForObject("select due_meeting_id from gov_follow_up where item_id = ?", Long.class, item))
                .as("no meeting in September or October yet; November is outside the range").isNull();
        assertThat(page("/governance/meetings/" + asking, Role.BUSINESS_UNIT)).contains("due in September/October " + year);
        long october = schedule(LocalDate.of(year, 10, 8));
        assertThat(jdbc.queryForObject("select due_meeting_id from gov_follow_up where item_id = ?", Long.class, item)).isEqualTo(october);
        assertThat(page("/governance/meetings/" + october, Role.BUSINESS_UNIT)).contains("Impact of the new front door " + run);
        assertThat(page("/governance/meetings/" + november, Role.BUSINESS_UNIT)).doesNotContain("Impact of the new front door " + run);

        // a meeting already scheduled in the range takes the report at once
        long second = item(asking, "Neglect toolkit " + run, false);
        perform(post("/governance/items/" + second + "/follow-ups").param("subject", "Toolkit take-up " + run)
                .param("reportFrom", "Neglect lead").param("dueMeeting", "months").param("dueMonths", "Oct " + year), Role.BUSINESS_UNIT);
        assertThat(jdbc.queryForObject("select due_meeting_id from gov_follow_up where item_id = ?", Long.class, second)).isEqualTo(october);
    }

    @Test
    void papersAreUploadedForAnyItemFromOnePage() throws Exception {
        long meeting = schedule(LocalDate.now().plusDays(20));
        long first = item(meeting, "Annual report " + run, false);
        long second = item(meeting, "Child Q rapid review " + run, true);
        assertThat(page("/governance/meetings/" + meeting, Role.BUSINESS_UNIT)).contains("/governance/meetings/" + meeting + "/papers");
        String empty = page("/governance/meetings/" + meeting + "/papers", Role.BUSINESS_UNIT);
        assertThat(empty).contains("Annual report " + run).contains("Child Q rapid review " + run).contains("No papers yet.");
        // no item and no file: both refused next to their fields, the title typed kept
        String refused = perform(multipart("/governance/meetings/" + meeting + "/papers").param("title", "Draft annual report " + run),
                Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(refused).contains("Choose the agenda item the paper is for").contains("Select the paper to upload")
                .contains("value=\"Draft annual report " + run + "\"").contains("<title>Error: ");
        // not a real PDF
        String notPdf = perform(multipart("/governance/meetings/" + meeting + "/papers")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "report.pdf", "application/pdf", "not a pdf".getBytes()))
                .param("item", String.valueOf(first)), Role.BUSINESS_UNIT).getResponse().getContentAsString();
        assertThat(notPdf).contains("govuk-error-summary").doesNotContain("{0}");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MvcResult added = perform(multipart("/governance/meetings/" + meeting + "/papers")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "rapid-review.pdf", "application/pdf", pdf))
                .param("item", String.valueOf(second)).param("title", "Rapid review report " + run), Role.BUSINESS_UNIT);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/governance/meetings/" + meeting + "/papers");
        assertThat(jdbc.queryForObject("select restricted from gov_paper where item_id = ?", Boolean.class, second))
                .as("a paper for a restricted item is restricted").isTrue();
        assertThat(page("/governance/meetings/" + meeting + "/papers", Role.BUSINESS_UNIT)).contains("Rapid review report " + run);
        assertThat(perform(get("/governance/meetings/" + meeting + "/papers"), Role.EXECUTIVE_MEMBER).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theBusinessUnitCreatesAScrutinyBoardAndItsTermsOfReferenceShowOnTheBoardPage() throws Exception {
        String name = "Scrutiny Board " + run;
        MvcResult created = perform(post("/admin/groups").param("name", name).param("type", "SCRUTINY_BOARD")
                .param("description", "Provides independent scrutiny of the arrangements.\nMeets quarterly."), Role.BUSINESS_UNIT);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/groups");
        long id = jdbc.queryForObject("select id from hub_group where name = ?", Long.class, name);
        String boardPage = page("/governance/boards/" + id, Role.BUSINESS_UNIT);
        assertThat(boardPage).contains(name).contains("Scrutiny board").contains("Provides independent scrutiny of the arrangements.")
                .doesNotContain("No terms of reference");
        // the terms edited on the board replace those typed at creation
        perform(post("/governance/boards/" + id).param("termsOfReference", "Revised terms " + run).param("quorumMembers", "")
                .param("quorumPartners", "false"), Role.BUSINESS_UNIT);
        assertThat(page("/governance/boards/" + id, Role.BUSINESS_UNIT)).contains("Revised terms " + run)
                .doesNotContain("Provides independent scrutiny");
        perform(post("/admin/groups").param("name", "Partnership Board " + run).param("type", "PARTNERSHIP_BOARD").param("description", ""),
                Role.BUSINESS_UNIT);
        assertThat(page("/governance", Role.BUSINESS_UNIT)).contains("Partnership Board " + run).contains("Partnership board");
        // creating boards is the business unit's and the administrator's, nobody else's
        assertThat(perform(post("/admin/groups").param("name", "Not allowed " + run).param("type", "SUBGROUP"), Role.EXECUTIVE_MEMBER)
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void membersGetTheirBoardsMeetingsInACalendarFeed() throws Exception {
        long meeting = schedule(LocalDate.now().plusDays(10));
        String feed = perform(get("/governance/meetings.ics"), Role.LEAD_PARTNER).getResponse().getContentAsString();
        assertThat(feed).contains("BEGIN:VCALENDAR").contains("SUMMARY:Test Executive " + run).contains("meeting-" + meeting + "@");
        String other = perform(get("/governance/meetings.ics"), Role.SUBGROUP_MEMBER).getResponse().getContentAsString();
        assertThat(other).contains("BEGIN:VCALENDAR").doesNotContain("Test Executive " + run);

        // a private link for calendar programs, which cannot sign in: shown once, and a new one stops the old
        String link = (String) perform(post("/governance/calendar"), Role.LEAD_PARTNER).getFlashMap().get("calendarLink");
        String path = java.net.URI.create(link).getPath();
        assertThat(path).matches("/governance/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(perform(get(path), null).getResponse().getContentAsString()).contains("SUMMARY:Test Executive " + run);
        assertThat(jdbc.queryForObject("select count(*) from gov_calendar_link where token_hash = ?", Integer.class,
                path.substring("/governance/calendar/".length(), path.length() - 4))).as("only the hash is kept").isZero();
        String renewed = (String) perform(post("/governance/calendar"), Role.LEAD_PARTNER).getFlashMap().get("calendarLink");
        assertThat(perform(get(path), null).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(get(java.net.URI.create(renewed).getPath()), null).getResponse().getStatus()).isEqualTo(200);
        perform(post("/governance/calendar/stop"), Role.LEAD_PARTNER);
        assertThat(perform(get(java.net.URI.create(renewed).getPath()), null).getResponse().getStatus()).isEqualTo(404);
    }
}
