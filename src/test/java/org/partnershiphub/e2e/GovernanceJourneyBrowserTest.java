package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.files.UploadFixtures;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The Executive's business in the browser, every page and error state scanned with axe-core: the business unit sets
 * the quorum rule (all three safeguarding partners), schedules a meeting for tomorrow and builds its draft agenda with
 * a publishable item and a restricted one with a restricted paper. The clock moves past the meeting: attendance is
 * recorded (not quorate without health, then quorate), the publishable item is minuted with a decision passed by vote
 * with two dissents recorded by name, an action and a follow-up report for the next meeting, which appears on that
 * meeting's draft agenda once it is scheduled. A subgroup chair who is not a member sees neither the restricted minutes
 * nor the paper (403); the public minutes hold the publishable item only; the action's owner updates it.
 */
@Import(MutableClock.Configuration.class)
class GovernanceJourneyBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String EXECUTIVE = "Safeguarding Children Executive";
    private static final String ITEM = "Scrutiny of the early help offer";
    private static final String RESTRICTED_ITEM = "Rapid review: Child R";
    private static final String DISCUSSION = "Members discussed the early help report and the rise in repeat contacts.";
    private static final String DECISION = "Adopt the revised early help strategy from April";
    private static final String ACTION = "Circulate the revised early help strategy to all partner agencies";
    private static final String FOLLOW_UP = "A further update report covering the impact of the revised early help strategy";

    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private long executive;
    private String healthMember;

    @Test
    void theExecutiveMeetsDecidesByVoteRecordsDissentAndAsksForAFollowUpReport() {
        executive = jdbc.queryForObject("select id from hub_group where name = ?", Long.class, EXECUTIVE);
        healthMember = addAHealthMemberToTheExecutive();

        signIn(Role.BUSINESS_UNIT);
        setTheQuorumRule();
        long meeting = scheduleAMeetingForTomorrow();
        long item = buildTheDraftAgenda(meeting);
        signOut();

        clock.advance(Duration.ofDays(2));
        signIn(Role.BUSINESS_UNIT);
        recordAttendance(meeting);
        minuteTheItem(meeting, item);
        recordTheDecision(meeting, item);
        recordTheAction(meeting, item);
        askForAFollowUpReport(meeting, item);
        long next = scheduleTheNextMeeting();
        theReportIsOnTheNextAgenda(next);
        publishTheMinutes(meeting);
        signOut();

        aNonMemberCannotReadRestrictedBusiness(meeting);
        thePublicReadsThePublishableMinutes(meeting);
        theOwnerUpdatesTheAction();
    }

    private String addAHealthMemberToTheExecutive() {
        String name = "Morwenna Tresize";
        String email = "health.executive." + System.nanoTime() + "@northshire.example";
        long icb = jdbc.queryForObject("select id from organisation where name = 'NHS Northshire Integrated Care Board'", Long.class);
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, must_change_password, created_at, version) "
                + "values (?, ?, 'Chief Nursing Officer', ?, 'ACTIVE', false, current_timestamp, 0)", email, name, icb);
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        jdbc.update("insert into group_membership (group_id, user_id, role_in_group) values (?, ?, 'Delegated safeguarding partner')", executive, id);
        return name;
    }

    private void setTheQuorumRule() {
        open("/governance");
        assertHeading(text("gov.governance.title"));
        assertNoAxeViolations(page, "governance-01-boards");
        follow(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(EXECUTIVE).setExact(true)));
        waitForPath("/governance/boards/" + executive);
        assertHeading(EXECUTIVE);
        assertThat(page.locator("main")).containsText(healthMember);
        assertNoAxeViolations(page, "governance-02-board");

        follow(link(text("gov.board.edit")));
        waitForPath("/governance/boards/" + executive + "/edit");
        page.locator("#termsOfReference").fill("The Executive holds the safeguarding partners to account for the partnership's priorities.");
        page.locator("#quorumMembers").fill("three");
        submit(text("common.save"));
        assertSummaryLinksToFields(List.of(new FieldError("quorumMembers", text("gov.board.error.quorumMembers"))));
        assertThat(page.locator("#termsOfReference")).hasValue("The Executive holds the safeguarding partners to account for the partnership's priorities.");
        assertNoAxeViolations(page, "governance-03-board-errors");
        page.locator("#quorumMembers").fill("3");
        page.locator("#quorumPartners").check();
        submit(text("common.save"));
        waitForPath("/governance/boards/" + executive);
        assertSuccess(text("gov.board.saved"));
        assertThat(page.locator("main")).containsText(text("gov.board.quorumPartnersRule"));
    }

    private long scheduleAMeetingForTomorrow() {
        follow(link(text("gov.meeting.schedule")));
        waitForPath("/governance/boards/" + executive + "/meetings/new");
        assertNoAxeViolations(page, "governance-04-meeting-new");
        page.locator("#startTime").fill("25:00");
        submit(text("gov.meeting.scheduleButton"));
        assertSummaryLinksToFields(List.of(new FieldError("date", text("gov.meeting.error.date")),
                new FieldError("startTime", text("gov.meeting.error.time")), new FieldError("place", text("gov.meeting.error.where"))));
        assertNoAxeViolations(page, "governance-05-meeting-errors");
        fillDate("date", today().plusDays(1));
        page.locator("#startTime").fill("10:00");
        page.locator("#place").fill("Committee Room 2, County Hall");
        submit(text("gov.meeting.scheduleButton"));
        waitForPath("/governance/meetings/\\d+");
        assertSuccess(text("gov.meeting.scheduled"));
        assertThat(page.locator("main")).containsText(text("gov.meeting.status.draft"));
        return Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/governance/meetings/", ""));
    }

    private long buildTheDraftAgenda(long meeting) {
        submit(text("gov.item.addButton"));
        assertSummaryLinksToFields(List.of(new FieldError("title", text("gov.item.error.title")),
                new FieldError("restricted", text("gov.item.error.restricted"))));
        assertNoAxeViolations(page, "governance-06-item-errors");
        page.locator("#title").fill(ITEM);
        page.locator("#presenter").fill("Head of Early Help");
        page.locator("#restricted").check();
        submit(text("gov.item.addButton"));
        assertSuccess(text("gov.item.added"));
        page.locator("#title").fill(RESTRICTED_ITEM);
        page.locator("#restricted-yes").check();
        submit(text("gov.item.addButton"));
        assertSuccess(text("gov.item.added"));
        long restricted = jdbc.queryForObject("select id from gov_agenda_item where meeting_id = ? and title = ?", Long.class, meeting, RESTRICTED_ITEM);
        Locator restrictedItem = page.locator("#item-" + restricted);
        restrictedItem.locator("summary").click();
        restrictedItem.locator("input[name=title]").fill("Rapid review summary");
        restrictedItem.locator("input[type=file]").setInputFiles(new FilePayload("rapid-review-summary.pdf", "application/pdf", UploadFixtures.pdf()));
        submitWith(restrictedItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("gov.paper.upload"))));
        assertSuccess(text("gov.paper.added"));
        assertThat(page.locator("#item-" + restricted)).containsText(text("gov.paper.restrictedTag"));
        assertThat(page.locator("h2#agenda")).hasText(text("gov.agenda.draftTitle"));
        assertNoAxeViolations(page, "governance-07-draft-agenda");

        // or all the meeting's papers from one page, without hunting through the agenda
        follow(link(text("gov.papers.link")));
        waitForPath("/governance/meetings/" + meeting + "/papers");
        assertThat(page.locator("main")).containsText("Rapid review summary");
        assertNoAxeViolations(page, "governance-07a-papers");
        submit(text("gov.paper.upload"));
        assertSummaryLinksToFields(List.of(new FieldError("item", text("gov.paper.error.item")), new FieldError("file", text("gov.paper.error.file"))));
        assertNoAxeViolations(page, "governance-07b-papers-errors");
        page.locator("#item").selectOption(String.valueOf(jdbc.queryForObject("select id from gov_agenda_item where meeting_id = ? and title = ?",
                Long.class, meeting, ITEM)));
        page.locator("#file").setInputFiles(new FilePayload("annual-report.pdf", "application/pdf", UploadFixtures.pdf()));
        submit(text("gov.paper.upload"));
        assertSuccess(text("gov.paper.added"));
        assertThat(page.locator("main")).containsText("annual-report.pdf");
        follow(page.locator("main .govuk-back-link"));
        return jdbc.queryForObject("select id from gov_agenda_item where meeting_id = ? and title = ?", Long.class, meeting, ITEM);
    }

    private void recordAttendance(long meeting) {
        open("/governance/meetings/" + meeting);
        assertThat(page.locator("main")).containsText(text("gov.attendance.notRecorded"));
        follow(link(text("gov.attendance.record")));
        waitForPath("/governance/meetings/" + meeting + "/attendance");
        assertNoAxeViolations(page, "governance-08-attendance");
        member(demoAccounts.forRole(Role.LEAD_PARTNER).name(), "PRESENT");
        member(demoAccounts.forRole(Role.EXECUTIVE_MEMBER).name(), "PRESENT");
        member(healthMember, "APOLOGIES");
        page.locator("#others").fill("Sam Carter, Head of Early Help");
        submit(text("gov.attendance.save"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertThat(page.locator("main")).containsText(text("gov.quorum.notQuorate"));
        assertThat(page.locator("main")).containsText(text("gov.quorum.missing.HEALTH"));

        follow(link(text("gov.attendance.record")));
        member(healthMember, "PRESENT");
        submit(text("gov.attendance.save"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertSuccess(text("gov.attendance.saved"));
        assertThat(page.locator("#attendance ~ p strong.govuk-tag").first()).hasText(text("gov.quorum.quorate"));
        assertThat(page.locator("main")).containsText(text("gov.quorum.present", 3));
        assertThat(page.locator("main")).containsText("Sam Carter");
        assertNoAxeViolations(page, "governance-09-quorate");
    }

    private void member(String name, String status) {
        page.locator("fieldset").filter(new Locator.FilterOptions().setHas(page.locator("legend", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))))
                .locator("input[value=" + status + "]").check();
    }

    private void minuteTheItem(long meeting, long item) {
        follow(link(text("gov.minutes.recordFor", ITEM)));
        waitForPath("/governance/items/" + item + "/minutes");
        submit(text("gov.minutes.save"));
        assertSummaryLinksToFields(List.of(new FieldError("discussion", text("gov.minutes.error.discussion"))));
        assertNoAxeViolations(page, "governance-10-minutes-errors");
        page.locator("#discussion").fill(DISCUSSION);
        submit(text("gov.minutes.save"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertSuccess(text("gov.minutes.saved"));
    }

    private void recordTheDecision(long meeting, long item) {
        follow(link(text("gov.decision.recordFor", ITEM)));
        waitForPath("/governance/items/" + item + "/decisions/new");
        assertNoAxeViolations(page, "governance-11-decision");
        page.locator("#decidedBy").fill("");
        submit(text("gov.decision.save"));
        assertSummaryLinksToFields(List.of(new FieldError("decision", text("gov.decision.error.decision")),
                new FieldError("decidedBy", text("gov.decision.error.decidedBy")), new FieldError("voteTaken", text("gov.decision.error.voteTaken"))));
        assertNoAxeViolations(page, "governance-12-decision-errors");

        page.locator("#decision").fill(DECISION);
        page.locator("#decidedBy").fill(EXECUTIVE);
        page.locator("#voteTaken-yes").check();
        page.locator("#outcome").check();
        page.locator("#votesFor").fill("6");
        page.locator("#votesAgainst").fill("1");
        page.locator("#votesAbstaining").fill("0");
        page.getByLabel(text("gov.decision.voter", demoAccounts.forRole(Role.LEAD_PARTNER).name(), "Northshire County Council")).check();
        page.getByLabel(text("gov.decision.voter", demoAccounts.forRole(Role.EXECUTIVE_MEMBER).name(), "Northshire Police")).check();
        submit(text("gov.decision.save"));
        assertSummaryLinksToFields(List.of(new FieldError("dissent", text("gov.decision.error.tooManyDissents"))));
        assertThat(page.locator("#decision")).hasValue(DECISION);
        assertNoAxeViolations(page, "governance-13-decision-too-many-dissents");

        page.locator("#votesFor").fill("6");
        page.locator("#votesAgainst").fill("2");
        submit(text("gov.decision.save"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertSuccess(text("gov.decision.recorded"));
        Locator card = page.locator("#item-" + item + " .govuk-summary-card");
        assertThat(card).containsText(DECISION);
        assertThat(card).containsText(text("gov.decision.countedLine", text("gov.decision.outcome.CARRIED"), 6, 2, 0));
        assertThat(card).containsText(demoAccounts.forRole(Role.LEAD_PARTNER).name());
        assertThat(card).containsText(demoAccounts.forRole(Role.EXECUTIVE_MEMBER).name());
    }

    private void recordTheAction(long meeting, long item) {
        follow(link(text("gov.action.recordFor", ITEM)));
        waitForPath("/governance/items/" + item + "/actions/new");
        submit(text("gov.action.save"));
        assertSummaryLinksToFields(List.of(new FieldError("description", text("gov.action.error.description")),
                new FieldError("ownerId", text("gov.action.error.owner")), new FieldError("due", text("gov.action.error.due"))));
        assertNoAxeViolations(page, "governance-14-action-errors");
        page.locator("#description").fill(ACTION);
        page.locator("#ownerId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(text("gov.action.ownerOption", demoAccounts.forRole(Role.EXECUTIVE_MEMBER).name(), "Northshire Police")));
        fillDate("due", today().plusDays(30));
        submit(text("gov.action.save"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertSuccess(text("gov.action.recorded"));
        assertThat(page.locator("#item-" + item + " table")).containsText(ACTION);
    }

    private void askForAFollowUpReport(long meeting, long item) {
        follow(link(text("gov.followUp.askFor", ITEM)));
        waitForPath("/governance/items/" + item + "/follow-ups/new");
        submit(text("gov.followUp.save"));
        assertSummaryLinksToFields(List.of(new FieldError("subject", text("gov.followUp.error.subject")),
                new FieldError("reportFrom", text("gov.followUp.error.reportFrom")), new FieldError("dueMeeting", text("gov.followUp.error.dueMeeting"))));
        assertNoAxeViolations(page, "governance-15-follow-up-errors");
        page.locator("#subject").fill(FOLLOW_UP);
        page.locator("#reportFrom").fill("Head of Early Help");
        page.getByLabel(text("gov.followUp.nextMeeting")).check();
        submit(text("gov.followUp.save"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertSuccess(text("gov.followUp.awaiting"));
        assertThat(page.locator("#item-" + item)).containsText(text("gov.followUp.dueNext", FOLLOW_UP, "Head of Early Help"));
        assertNoAxeViolations(page, "governance-16-minuted");
    }

    private long scheduleTheNextMeeting() {
        open("/governance/boards/" + executive);
        assertThat(page.locator("main")).containsText(FOLLOW_UP);
        follow(link(text("gov.meeting.schedule")));
        fillDate("date", today().plusMonths(3));
        page.locator("#startTime").fill("14:00");
        page.locator("#endTime").fill("16:00");
        page.locator("#onlineLink").fill("https://meet.northshire.example/executive");
        submit(text("gov.meeting.scheduleButton"));
        waitForPath("/governance/meetings/\\d+");
        return Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/governance/meetings/", ""));
    }

    private void theReportIsOnTheNextAgenda(long next) {
        assertThat(page.locator("h2#agenda")).hasText(text("gov.agenda.draftTitle"));
        Locator agenda = page.locator(".hub-agenda-item");
        assertThat(agenda).hasCount(1);
        assertThat(agenda.first().locator("h3")).containsText(FOLLOW_UP);
        assertThat(agenda.first()).containsText(text("gov.agenda.presenter", "Head of Early Help"));
        assertNoAxeViolations(page, "governance-17-next-agenda");
    }

    private void publishTheMinutes(long meeting) {
        open("/governance/meetings/" + meeting);
        submit(text("gov.minutes.publish"));
        waitForPath("/governance/meetings/" + meeting + "(#.*)?");
        assertSuccess(text("gov.minutes.published"));
        open("/governance/decisions");
        page.locator("#q").fill("early help strategy");
        submit(text("gov.decisions.searchButton"));
        assertThat(page.locator("main table")).containsText(DECISION);
        assertThat(page.locator("main table")).containsText(demoAccounts.forRole(Role.EXECUTIVE_MEMBER).name());
        assertNoAxeViolations(page, "governance-18-decision-log");
    }

    private void aNonMemberCannotReadRestrictedBusiness(long meeting) {
        signIn(Role.SUBGROUP_MEMBER);
        open("/governance/meetings/" + meeting);
        assertThat(page.locator("main")).containsText(DISCUSSION);
        assertThat(page.locator("main")).containsText(text("gov.agenda.restrictedHidden"));
        assertThat(page.locator("main")).not().containsText("Rapid review summary");
        assertNoAxeViolations(page, "governance-19-non-member");
        long paper = jdbc.queryForObject("select p.id from gov_paper p join gov_agenda_item i on i.id = p.item_id where i.meeting_id = ? and p.restricted = true",
                Long.class, meeting);
        Response refused = page.navigate(baseUrl() + "/governance/papers/" + paper);
        assertEquals(403, refused.status());
        signOut();
    }

    private void thePublicReadsThePublishableMinutes(long meeting) {
        open("/minutes");
        follow(link(text("gov.meeting.title", EXECUTIVE, longDate(today().minusDays(1)))));
        waitForPath("/minutes/" + meeting);
        assertThat(page.locator("main")).containsText(DISCUSSION);
        assertThat(page.locator("main")).containsText(text("gov.published.resolved", DECISION));
        assertThat(page.locator("main")).containsText(text("gov.published.restrictedItem"));
        assertThat(page.locator("main")).not().containsText(RESTRICTED_ITEM);
        assertThat(exitThisPage()).isVisible();
        assertNoAxeViolations(page, "governance-20-published-minutes");
    }

    private void theOwnerUpdatesTheAction() {
        signIn(Role.EXECUTIVE_MEMBER);
        open("/governance/actions?mine=true");
        follow(link(ACTION));
        waitForPath("/governance/actions/\\d+");
        assertNoAxeViolations(page, "governance-21-action");
        page.locator("#status-IN_PROGRESS").check();
        page.locator("#update").fill("Sent to the designated leads; schools next week.");
        submit(text("gov.action.saveUpdate"));
        assertSuccess(text("gov.action.updated"));
        assertThat(page.locator("main .govuk-summary-list")).containsText(text("gov.action.status.IN_PROGRESS"));

        open("/governance");
        follow(link(text("gov.governance.feed")));
        waitForPath("/governance/calendar");
        submit(text("gov.calendar.create"));
        assertSuccess(text("gov.calendar.created"));
        String feed = page.locator("#calendar-link").inputValue();
        assertNoAxeViolations(page, "governance-22-calendar-link");
        String ics = page.request().get(baseUrl() + URI.create(feed).getPath()).text(); // hub.base-url is not the test port
        assertTrue(ics.contains("SUMMARY:" + EXECUTIVE), "the private link gives the member's meetings");
        signOut();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private static String longDate(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

}
