package org.partnershiphub.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The serious-incident review workflow in the browser, every page and every error state scanned with axe-core:
 * an agency's safeguarding lead refers a possible serious incident; the business unit records the decision to notify
 * the National Panel, collects agency summaries, is refused closing the rapid review before its decision, completes
 * and decides the rapid review, runs the local practice review to publication (refused a publication date fewer than
 * 7 working days after the final report), and sees the child's real identity only with a recorded reason; the auditor
 * finds those views of the identity on the audit trail.
 *
 * <p>The dates are fixed in the past or near future so the working-day arithmetic is known: the local authority
 * became aware on Friday 19 December 2025, so the notification is due 5 working days later, past Christmas Day and
 * Boxing Day, on Tuesday 30 December 2025; the Panel was notified on Tuesday 23 December 2025, so agency summaries are
 * due on working day 10 (Friday 9 January 2026, past New Year's Day) and the rapid review on working day 15
 * (Friday 16 January 2026); the final report goes on Tuesday 1 December 2026, so publication may be no earlier than
 * Thursday 10 December 2026. The application's clock stands at noon on Thursday 10 December 2026, so every date
 * recorded is in the past and publication on that day is in time. The rapid review is submitted on Tuesday 20 January
 * 2026, 2 working days late, and is flagged so on the case and the caseload; a decision dated before the rapid
 * review meeting is refused.
 */
@Import(MutableClock.Configuration.class)
class ReviewJourneyBrowserTest extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MutableClock clock;

    @BeforeEach
    void todayIsThursday10December2026() {
        clock.set(LocalDateTime.of(2026, 12, 10, 12, 0).atZone(LONDON).toInstant());
    }

    /** A fictional child: this name must never appear outside the restricted identity page. */
    private static final String CHILD_NAME = "Marigold Featherstonehaugh-Quill";

    private static final String IDENTITY_REASON = "To match records with the police for the rapid review";

    private static final String POLICE = "Northshire Police";
    private static final String HEALTH = "Northshire Community Health NHS Trust";

    @Test
    void aReferralGoesFromTheAgencyLeadThroughRapidReviewToAPublishedPracticeReview() {
        Referral referral = referAsAgencyLead();

        signIn(Role.BUSINESS_UNIT);
        long id = openFromTheCaseload(referral);
        recordTheDecisionToNotify(id);
        requestAndRecordAgencySummaries(id);
        closingBeforeTheDecisionIsRefused(id);
        completeAndDecideTheRapidReview(id);
        recommendationsBecomeBusinessPlanActions(id);
        runThePracticeReviewToPublication(id);
        showTheChildsIdentityWithAReason(id);
        signOut();

        theAuditorSeesTheIdentityWasCreatedAndViewed(id);
    }

    private record Referral(String reference, String pseudonym) {
    }

    // 1. The agency's safeguarding lead refers -------------------------------------------------------------------------

    private Referral referAsAgencyLead() {
        signIn(Role.AGENCY_LEAD);
        follow(page.locator(".govuk-service-navigation")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("nav.refer")).setExact(true)));
        waitForPath("/reviews/refer");
        assertHeading(text("referral.title"));
        assertNoAxeViolations(page, "review-01-refer");

        // The empty form: every problem listed, each linking to its field and announced with it.
        submit(text("referral.submit"));
        waitForPath("/reviews/refer");
        assertThat(page).hasTitle(text("page.titleWithError", text("referral.title")));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary.locator("h2")).hasText(text("error.summaryTitle"));
        assertSummaryLinksToFields(summary, List.of(
                new FieldError("kind", text("referral.error.kind")),
                new FieldError("whatHappened", text("referral.error.whatHappened")),
                new FieldError("laAwareDate", text("referral.error.laAwareDate")),
                new FieldError("abuseOrNeglect", text("referral.error.abuseOrNeglect")),
                new FieldError("harm", text("referral.error.harm")),
                new FieldError("lookedAfter", text("referral.error.lookedAfter")),
                new FieldError("childName", text("referral.error.childName"))));
        assertNoAxeViolations(page, "review-02-refer-errors");

        radio(text("referralKind.SERIOUS_INCIDENT"), "kind", "SERIOUS_INCIDENT").check();
        page.locator("#whatHappened").fill("A nine-year-old was admitted to hospital with injuries that are not consistent "
                + "with the account given. Police and children's social care are investigating.");
        fillDate("laAwareDate", 19, 12, 2025);
        radio(text("abuseOrNeglect.SUSPECTED"), "abuseOrNeglect", "SUSPECTED").check();
        radio(text("harm.SERIOUS_HARM"), "harm", "SERIOUS_HARM").check();
        page.locator("#lookedAfter-no").check();
        page.locator("#childName").fill(CHILD_NAME);
        submit(text("referral.submit"));

        waitForPath("/reviews/referral-sent");
        assertThat(page.locator(".govuk-panel__title")).hasText(text("referred.title"));
        int year = 2026;
        Locator referenceShown = page.locator(".govuk-panel__body strong");
        assertThat(referenceShown).hasText(Pattern.compile("^SI-" + year + "-\\d{3}$"));
        String reference = referenceShown.innerText().trim();
        Matcher pseudonymShown = Pattern.compile(Pattern.quote(text("referred.pseudonym", "@@")).replace("@@", "\\E(Child [A-Z]+)\\Q"))
                .matcher(page.locator("main").innerText());
        assertTrue(pseudonymShown.find(), "the confirmation names the pseudonym: " + page.locator("main").innerText());
        String pseudonym = pseudonymShown.group(1);
        assertThat(page.locator("main")).containsText(text("referred.next", "Tuesday 30 December 2025"));
        // The due date itself, and the apostrophe, both survive the message formatting
        assertThat(page.locator("main")).containsText("the local authority's decision. The notification to the National Panel is due by Tuesday 30 December 2025.");
        assertFalse(page.content().contains(CHILD_NAME), "the confirmation does not repeat the child's name");
        assertNoAxeViolations(page, "review-03-referral-sent");

        signOut();
        return new Referral(reference, pseudonym);
    }

    // 2. The business unit finds the case by pseudonym and records the notification -----------------------------------

    private long openFromTheCaseload(Referral referral) {
        assertEquals(200, open("/reviews").status());
        assertHeading(text("caseload.title"));
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(referral.reference()));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td").nth(1)).hasText(referral.pseudonym());
        assertThat(row).containsText(text("stage.REFERRED"));
        assertThat(row).containsText(text("reviews.next.notify"));
        assertNameNowhereInThePage("the caseload");
        assertNoAxeViolations(page, "review-04-caseload");

        follow(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(referral.reference()).setExact(true)));
        waitForPath("/reviews/\\d+");
        long id = Long.parseLong(URI.create(page.url()).getPath().replaceAll("^/reviews/", ""));
        assertHeading(referral.pseudonym());
        assertThat(page.locator("main .govuk-caption-l").first()).hasText(referral.reference());
        assertThat(stage()).hasText(text("stage.REFERRED"));
        assertThat(page.locator("main")).containsText("Friday 19 December 2025");
        assertThat(page.locator("main")).containsText(text("case.meetsCriteria"));
        assertThat(page.locator("main")).containsText(text("case.identityHidden"));
        assertNameNowhereInThePage("the case page");
        assertNoAxeViolations(page, "review-05-case-referred");
        return id;
    }

    private void recordTheDecisionToNotify(long id) {
        follow(link(text("case.recordDecision")));
        waitForPath("/reviews/" + id + "/notification");
        assertHeading(text("notification.title"));
        assertThat(page.locator("main")).containsText(text("notification.intro", "Tuesday 30 December 2025"));
        assertNoAxeViolations(page, "review-06-notification");

        // Nothing chosen: the decision and the reasons are asked for.
        submit(text("notification.submit"));
        waitForPath("/reviews/" + id + "/notification");
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("notification.title") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(page.locator(".govuk-error-summary"), List.of(
                new FieldError("decision", text("notification.error.decision")),
                new FieldError("reasons", text("notification.error.reasons"))));
        assertNoAxeViolations(page, "review-07-notification-errors");

        radio(text("notificationDecision.NOTIFY"), "decision", "NOTIFY").check();
        page.locator("#reasons").fill("Abuse is suspected and the child was seriously harmed: both criteria are met.");
        fillDate("sentDate", 23, 12, 2025);
        submit(text("notification.submit"));

        waitForPath("/reviews/" + id);
        assertSuccess(text("notification.saved"));
        assertThat(stage()).hasText(text("stage.RAPID_REVIEW"));
        assertThat(page.locator("main")).containsText(text("notificationDecision.NOTIFY"));
        assertThat(page.locator("main")).containsText("Tuesday 23 December 2025");
        // The rapid review: 15 working days after the notification, past New Year's Day.
        assertThat(page.locator("main")).containsText("16 January 2026");
        assertThat(page.locator("main")).containsText(text("case.noSummaries"));
        assertNoAxeViolations(page, "review-08-case-rapid-review");
    }

    private void requestAndRecordAgencySummaries(long id) {
        for (String agency : List.of(POLICE, HEALTH)) {
            page.locator("#agencyId").selectOption(new SelectOption().setLabel(agency));
            assertThat(page.locator("#dueDate")).hasValue("");
            submit(text("summary.request"));
            waitForPath("/reviews/" + id);
            assertSuccess(text("summary.requested"));
            assertThat(summaryRow(agency)).containsText(text("summary.outstanding"));
        }
        // Left blank, the due date is working day 10 after the notification: Friday 9 January 2026.
        assertThat(summaryRow(POLICE)).containsText("9 January 2026");
        assertThat(summaryRow(HEALTH)).containsText("9 January 2026");
        assertNoAxeViolations(page, "review-09-case-summaries-requested");

        int n = 10;
        for (String agency : List.of(POLICE, HEALTH)) {
            follow(summaryRow(agency).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(text("summary.record") + " " + agency).setExact(true)));
            waitForPath("/reviews/" + id + "/summaries/\\d+");
            assertHeading(text("summary.title", agency));
            assertNoAxeViolations(page, "review-" + n++ + "-summary-" + agency);
            page.locator("#summary").fill(agency + " knew the family from two earlier contacts; no concerns were "
                    + "shared at the time. Refers to the child by pseudonym only.");
            submit(text("common.save"));
            waitForPath("/reviews/" + id);
            assertSuccess(text("summary.saved"));
            assertThat(summaryRow(agency)).containsText(text("summary.returned"));
        }
        assertNoAxeViolations(page, "review-12-case-summaries-returned");
    }

    // 3. Closing before the decision is refused ----------------------------------------------------------------------

    private void closingBeforeTheDecisionIsRefused(long id) {
        submit(text("case.close"));
        waitForPath("/reviews/" + id);
        Locator problem = page.locator(".govuk-error-summary");
        assertThat(problem).isVisible();
        assertThat(problem).containsText(text("error.summaryTitle"));
        assertThat(problem).containsText("cannot be closed until its decision is recorded");
        assertThat(problem).containsText(text("reviews.refusal.closeWithoutDecision"));
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        // The summary's link leads somewhere on the page.
        String target = problem.locator("a").first().getAttribute("href");
        assertThat(page.locator(target)).hasCount(1);
        assertThat(stage()).hasText(text("stage.RAPID_REVIEW"));
        assertNoAxeViolations(page, "review-13-close-refused");
    }

    // 4. The rapid review is completed, signed off and decided -------------------------------------------------------

    private void completeAndDecideTheRapidReview(long id) {
        follow(link(text("case.updateRapidReview")));
        waitForPath("/reviews/" + id + "/rapid-review");
        assertHeading(text("rapidReview.title"));
        assertThat(page.locator("main")).containsText(text("rapidReview.intro", "Friday 16 January 2026"));
        assertNoAxeViolations(page, "review-14-rapid-review");

        fillDate("panelMeetingDate", 8, 1, 2026);
        page.locator("#immediateSafetyActions").fill("Siblings seen and safety plans agreed.");
        page.locator("#learningIdentified").fill("Information about earlier injuries was not shared between agencies.");
        fillDate("laSignedOff", 12, 1, 2026);
        fillDate("policeSignedOff", 12, 1, 2026);
        fillDate("healthSignedOff", 13, 1, 2026);
        fillDate("submittedToPanel", 20, 1, 2026);
        submit(text("common.save"));
        waitForPath("/reviews/" + id);
        assertSuccess(text("rapidReview.saved"));
        assertThat(page.locator("main")).containsText("8 January 2026");
        assertThat(page.locator("main")).containsText(text("case.signOff.health", "13 Jan 2026"));
        assertThat(page.locator("main")).containsText("20 January 2026");
        // Due Friday 16 January, submitted Tuesday 20 January: flagged with the working days late
        assertThat(page.locator("#rapid-review-submitted .govuk-tag--red")).hasText(text("timeliness.late.submission", 2));
        assertThat(page.locator("#rapid-review-submitted")).containsText("Submitted 2 working days late");
        assertNoAxeViolations(page, "review-15-case-rapid-review-updated");

        follow(link(text("case.recordReviewDecision")));
        waitForPath("/reviews/" + id + "/decision");
        assertHeading(text("decision.title"));
        assertNoAxeViolations(page, "review-16-decision");

        // Nothing chosen: the decision, the national review question and the rationale are asked for.
        submit(text("decision.submit"));
        waitForPath("/reviews/" + id + "/decision");
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("decision.title") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(page.locator(".govuk-error-summary"), List.of(
                new FieldError("decision", text("decision.error.decision")),
                new FieldError("nationalReviewAppropriate", text("decision.error.national")),
                new FieldError("rationale", text("decision.error.rationale")),
                new FieldError("decisionDate", text("decision.error.decisionDate"))));
        assertNoAxeViolations(page, "review-16-decision-errors");

        radio(text("reviewDecision.LOCAL_PRACTICE_REVIEW"), "decision", "LOCAL_PRACTICE_REVIEW").check();
        page.locator("#national-no").check();
        page.locator("#rationale").fill("The learning is local: a practice review will look at information sharing.");
        // Dated before the rapid review meeting of 8 January: refused by the field, everything typed kept
        fillDate("decisionDate", 7, 1, 2026);
        submit(text("decision.submit"));
        waitForPath("/reviews/" + id + "/decision");
        assertSummaryLinksToFields(page.locator(".govuk-error-summary"), List.of(
                new FieldError("decisionDate", text("reviews.refusal.decisionBeforeMeeting"))));
        assertThat(page.locator("#decisionDate")).hasValue("7");
        assertThat(page.locator("#rationale")).hasValue("The learning is local: a practice review will look at information sharing.");
        assertThat(page.locator("#national-no")).isChecked();
        assertNoAxeViolations(page, "review-16b-decision-before-meeting");
        fillDate("decisionDate", 21, 1, 2026);
        submit(text("decision.submit"));

        waitForPath("/reviews/" + id);
        assertSuccess(text("decision.saved"));
        assertThat(stage()).hasText(text("stage.LOCAL_REVIEW"));
        assertThat(stage()).hasText("Local practice review");
        assertThat(page.locator("main")).containsText(text("reviewDecision.LOCAL_PRACTICE_REVIEW"));
        assertThat(page.locator("main")).containsText(text("decision.nationalNo"));
        assertThat(page.locator("main")).containsText(text("case.practiceReview"));
        assertThat(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(text("case.close")).setExact(true))).hasCount(0);
        assertThat(page.locator("main")).containsText(text("case.decidedOn", "Wednesday 21 January 2026"));
        // The 6-month clock runs from the decision's date
        assertThat(page.locator("main")).containsText("21 July 2026");
        assertNoAxeViolations(page, "review-17-case-local-review");

        // The caseload flags the late submission too
        assertEquals(200, open("/reviews").status());
        Locator row = page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(text("stage.LOCAL_REVIEW")))
                .filter(new Locator.FilterOptions().setHas(page.locator("a[href='/reviews/" + id + "']")));
        assertThat(row.locator("td").last()).hasText(text("timeliness.late.submission", 2));
        page.navigate(baseUrl() + "/reviews/" + id);
    }

    // 4b. Findings and a recommendation, which arrives in the business plan -----------------------------------------

    private void recommendationsBecomeBusinessPlanActions(long id) {
        page.navigate(baseUrl() + "/reviews/" + id);
        follow(link(text("case.openLearning")));
        waitForPath("/reviews/" + id + "/learning");
        assertHeading(text("learning.title"));
        assertNoAxeViolations(page, "review-17a-learning");

        page.locator("form[action$='/findings'] #text").fill("Explanations for the injuries were accepted without challenge.");
        page.locator("main").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Professional curiosity").setExact(true)).check();
        submitWith(page.locator("form[action$='/findings']").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("finding.add")).setExact(true)));
        assertSuccess(text("finding.saved"));

        Locator recommendation = page.locator("form[action$='/recommendations']");
        submitWith(recommendation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("recommendation.add")).setExact(true)));
        assertThat(page.locator(".govuk-error-summary")).containsText(text("recommendation.error.owner"));
        assertNoAxeViolations(page, "review-17b-recommendation-errors");
        recommendation = page.locator("form[action$='/recommendations']");
        recommendation.locator("#text").fill("Health to share discharge summaries with children's social care within one working day.");
        recommendation.locator("#ownerAgencyId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(HEALTH));
        submitWith(recommendation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("recommendation.add")).setExact(true)));
        assertSuccess(text("recommendation.saved"));

        // The recommendation arrives in the business plan (through an event, so allow it a moment)
        for (int attempt = 0; attempt < 20; attempt++) {
            page.navigate(baseUrl() + "/plan/actions");
            if (page.locator("main").textContent().contains("Health to share discharge summaries")) {
                break;
            }
            page.waitForTimeout(500);
        }
        assertThat(page.locator("main table")).containsText("Health to share discharge summaries");
        assertThat(page.locator("main table")).containsText(HEALTH);
        assertNoAxeViolations(page, "review-17c-plan-actions");

        page.navigate(baseUrl() + "/reviews/learning-to-impact");
        assertThat(page.locator("main table")).containsText("Health to share discharge summaries");
        assertThat(page.locator("main table")).containsText(text("chain.missing"));
        assertNameNowhereInThePage("the learning to impact page");
        assertNoAxeViolations(page, "review-17d-learning-to-impact");

        page.navigate(baseUrl() + "/reviews/themes");
        assertThat(page.locator("main table")).containsText("Professional curiosity");
        assertNoAxeViolations(page, "review-17e-themes");
        page.navigate(baseUrl() + "/reviews/" + id);
    }

    // 5. The practice review: the 7-working-day rule, then publication -----------------------------------------------

    private void runThePracticeReviewToPublication(long id) {
        follow(link(text("case.managePracticeReview")));
        waitForPath("/reviews/" + id + "/practice-review");
        assertHeading(text("practiceReview.title"));
        assertNoAxeViolations(page, "review-18-practice-review");

        Locator schedule = page.locator("form[action$='/practice-review/schedule']");
        fillDate("finalReportSent", 1, 12, 2026);
        fillDate("publicationDate", 4, 12, 2026);
        submitWith(schedule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("common.save")).setExact(true)));

        // Refused, with why and the first date allowed, by the field and in the summary; everything typed is kept.
        assertThat(page.locator("h1")).hasText(text("practiceReview.title"));
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("practiceReview.title") + ": .+ - Partnership Hub$"));
        String refusal = text("reviews.refusal.publicationTooEarly", "Thursday 10 December 2026");
        Locator error = page.locator("#publicationDate-error");
        assertThat(error).containsText("at least 7 working days");
        assertThat(error).containsText("Thursday 10 December 2026 or later");
        assertThat(error).containsText(refusal);
        assertSummaryLinksToFields(page.locator(".govuk-error-summary"), List.of(new FieldError("publicationDate", refusal)));
        assertThat(page.locator("#finalReportSent")).hasValue("1");
        assertThat(page.locator("#finalReportSent-month")).hasValue("12");
        assertThat(page.locator("#finalReportSent-year")).hasValue("2026");
        assertThat(page.locator("#publicationDate")).hasValue("4");
        assertThat(page.locator("#publicationDate-month")).hasValue("12");
        assertThat(page.locator("#publicationDate-year")).hasValue("2026");
        assertNoAxeViolations(page, "review-19-publication-too-early");

        page.locator("#publicationDate").fill("10");
        submitWith(page.locator("form[action$='/practice-review/schedule']")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("common.save")).setExact(true)));
        waitForPath("/reviews/" + id);
        assertSuccess(text("schedule.saved"));
        assertThat(page.locator("main")).containsText("1 December 2026");
        assertThat(page.locator("main")).containsText("10 December 2026");
        assertNoAxeViolations(page, "review-20-case-publication-scheduled");

        follow(link(text("case.managePracticeReview")));
        waitForPath("/reviews/" + id + "/practice-review");
        assertThat(page.locator("main")).containsText(text("practiceReview.earliest", "Thursday 10 December 2026"));
        assertThat(page.locator("#publicationDate")).hasValue("10");
        page.locator("#publicationLink").fill("https://northshire.example/cspr");
        submit(text("practiceReview.publish"));

        waitForPath("/reviews/" + id);
        assertSuccess(text("publish.saved"));
        assertThat(stage()).hasText(text("stage.PUBLISHED"));
        assertThat(stage()).hasText("Published");
        assertThat(page.locator("main a[href='https://northshire.example/cspr']")).hasText("https://northshire.example/cspr");
        assertNameNowhereInThePage("the published case");
        assertNoAxeViolations(page, "review-21-case-published");
    }

    // 6. The child's identity, only with a reason --------------------------------------------------------------------

    private void showTheChildsIdentityWithAReason(long id) {
        follow(link(text("case.identityShow")));
        waitForPath("/reviews/" + id + "/identity");
        assertHeading(text("identity.title"));
        assertNameNowhereInThePage("the identity page before a reason is given");
        assertNoAxeViolations(page, "review-22-identity");

        submit(text("identity.show"));
        assertThat(page).hasTitle(Pattern.compile("^Error: " + text("identity.title") + ": .+ - Partnership Hub$"));
        assertSummaryLinksToFields(page.locator(".govuk-error-summary"),
                List.of(new FieldError("reason", text("identity.error.reason"))));
        assertNameNowhereInThePage("the identity page refused for want of a reason");
        assertNoAxeViolations(page, "review-23-identity-no-reason");

        page.locator("#reason").fill(IDENTITY_REASON);
        submit(text("identity.show"));
        assertHeading(text("identity.title"));
        assertThat(page.locator("main .govuk-summary-list")).containsText(CHILD_NAME);
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        assertNoAxeViolations(page, "review-24-identity-shown");
    }

    // 7. The auditor finds the identity's creation and its viewing ---------------------------------------------------

    private void theAuditorSeesTheIdentityWasCreatedAndViewed(long id) {
        signIn(Role.AUDITOR);
        assertEquals(200, open("/audit").status());
        assertHeading(text("audit.title"));
        page.locator("#recordType").fill("ChildIdentity");
        submit(text("filter.apply"));
        waitForPath("/audit\\?.*recordType=ChildIdentity.*");
        assertHeading(text("audit.title"));
        assertThat(page.locator("#recordType")).hasValue("ChildIdentity");

        Locator rows = page.locator("main table tbody tr");
        assertThat(rows.first()).isVisible();
        for (int i = 0; i < rows.count(); i++) {
            assertThat(rows.nth(i).locator("td").nth(4)).hasText(Pattern.compile("^ChildIdentity\\b"));
        }
        Locator ours = rows.filter(new Locator.FilterOptions().setHasText("ChildIdentity " + id));
        assertThat(ours.filter(new Locator.FilterOptions().setHasText("CREATE"))
                .filter(new Locator.FilterOptions().setHasText(demoAccounts.forRole(Role.AGENCY_LEAD).name()))).hasCount(1);
        Locator viewed = ours.filter(new Locator.FilterOptions().setHasText("VIEW"))
                .filter(new Locator.FilterOptions().setHasText(demoAccounts.forRole(Role.BUSINESS_UNIT).name()));
        assertThat(viewed).hasCount(1);
        // The reason given for seeing the identity is on the trail for the auditor to read.
        assertThat(viewed).containsText(text("audit.reason", IDENTITY_REASON));
        assertFalse(page.content().contains(CHILD_NAME), "the audit trail does not hold the child's name");
        assertNoAxeViolations(page, "review-25-audit-child-identity");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** The case's stage tag, just under its heading. */
    private Locator stage() {
        return page.locator("main h1 + p .govuk-tag");
    }

    private Locator summaryRow(String agency) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(agency));
    }

    private void fillDate(String field, int day, int month, int year) {
        page.locator("#" + field).fill(String.valueOf(day));
        page.locator("#" + field + "-month").fill(String.valueOf(month));
        page.locator("#" + field + "-year").fill(String.valueOf(year));
    }

    /** Not in the text, not in any attribute, not in any hidden element: the page source as a whole. */
    private void assertNameNowhereInThePage(String where) {
        String source = page.content().toLowerCase(Locale.UK);
        assertFalse(source.contains(CHILD_NAME.toLowerCase(Locale.UK)), "the child's real name is in " + where);
        assertFalse(source.contains("featherstonehaugh"), "the child's surname is in " + where);
    }

    /**
     * The error summary lists exactly these problems; each link's target is a form control (the first radio of a
     * group, the day of a date), is focused when the link is followed, and has the same message announced with it.
     */
    private void assertSummaryLinksToFields(Locator summary, List<FieldError> expected) {
        assertThat(summary).isVisible();
        Locator links = summary.locator(".govuk-error-summary__list a");
        assertThat(links).hasCount(expected.size());
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            hrefs.add(links.nth(i).getAttribute("href"));
        }
        assertEquals(expected.stream().map(e -> "#" + e.fieldId()).sorted().toList(), hrefs.stream().sorted().toList(),
                "the fields the error summary links to");
        for (FieldError error : expected) {
            Locator link = summary.locator(".govuk-error-summary__list a[href='#" + error.fieldId() + "']");
            assertThat(link).hasText(error.message());
            Locator field = page.locator("#" + error.fieldId());
            assertThat(field).hasCount(1);
            assertEquals(Boolean.TRUE, field.evaluate("el => el.matches('input, select, textarea')"),
                    "the summary link for " + error.fieldId() + " should lead to a form control, not "
                            + field.evaluate("el => el.outerHTML.slice(0, 120)"));
            assertThat(page.locator("#" + error.fieldId() + "-error")).containsText(error.message());
            String describedBy = (String) field.evaluate("el => (el.getAttribute('aria-describedby') || '') + ' '"
                    + " + (el.closest('fieldset')?.getAttribute('aria-describedby') || '')");
            assertTrue(List.of(describedBy.trim().split("\\s+")).contains(error.fieldId() + "-error"),
                    error.fieldId() + "'s error message is announced with it (aria-describedby: " + describedBy + ")");
            link.click();
            assertThat(field).isFocused();
        }
    }
}
