package org.partnershiphub.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reviews' figures for the yearly report 2047-48 (run centuries on: a year no other test writes in), over every case: referrals,
 * decisions, rapid and local reviews, learning, each statutory step on time or late in working days, the findings'
 * themes, and the recommendations made with their plan actions as they stood on 31 March 2048. Days are London days:
 * a referral at half past midnight on 1 April 2047 (still 31 March in UTC) is in the year, one at half past midnight
 * on 1 April 2048 is not. No case reference or pseudonym appears anywhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewYearlyFiguresTest {

    /**
     * The test writes its year as 2047-48; it runs in a year some centuries on, different each run, so a database kept
     * between runs (PostgreSQL) holds no earlier run's cases in it.
     */
    final int shift = 200 + (int) (System.nanoTime() % 500);
    final LocalDate from = day(2047, 4, 1);
    final LocalDate to = day(2048, 3, 31);

    @Autowired List<YearlyFigures> contributions;
    @Autowired JdbcTemplate jdbc;

    final String run = Long.toString(System.nanoTime(), 36);
    final List<String> identities = new ArrayList<>();
    long agency;
    long person;

    private YearlyFigures reviewFigures() {
        return contributions.stream().filter(f -> AopUtils.getTargetClass(f).getSimpleName().equals("ReviewYearlyFigures")).findFirst().orElseThrow();
    }

    private OffsetDateTime at(String when) {
        return OffsetDateTime.parse(when).plusYears(shift);
    }

    private LocalDate day(String date) {
        return LocalDate.parse(date).plusYears(shift);
    }

    private LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year + shift, month, dayOfMonth);
    }

    private long incident(String n, String kind, String referredAt, String due, String decision, LocalDate sent, String decidedAt) {
        String reference = "Y" + run.substring(Math.max(0, run.length() - 8)) + n;
        String pseudonym = "Child " + n + " " + run;
        identities.add(reference);
        identities.add(pseudonym);
        jdbc.update("insert into serious_incident (reference, kind, child_pseudonym, referring_agency_id, referred_by, referred_at, what_happened,"
                        + " la_aware_date, abuse_or_neglect, harm, looked_after, stage, notification_due, notification_decision,"
                        + " notification_sent_date, decided_at) values (?, ?, ?, ?, ?, ?, 'What happened', ?, 'KNOWN', 'SERIOUS_HARM', false,"
                        + " 'REFERRED', ?, ?, ?, ?)",
                reference, kind, pseudonym, agency, person, at(referredAt), at(referredAt).toLocalDate(), day(due), decision,
                sent, decidedAt == null ? null : at(decidedAt));
        return jdbc.queryForObject("select id from serious_incident where reference = ?", Long.class, reference);
    }

    private void rapidReview(long incident, String due, String submitted, String decision, String decisionDate) {
        jdbc.update("insert into rapid_review (incident_id, due_date, submitted_to_panel, decision, decision_date) values (?, ?, ?, ?, ?)",
                incident, day(due), day(submitted), decision, day(decisionDate));
    }

    private void practiceReview(long incident, String decision, String sent, String planned, String publishedAt) {
        jdbc.update("insert into practice_review (incident_id, decision_date, target_completion, final_report_sent, publication_date, published_at)"
                        + " values (?, ?, ?, ?, ?, ?)", incident, day(decision), day(decision).plusMonths(6),
                day(sent), day(planned), at(publishedAt));
    }

    private void finding(long incident, String createdAt, String... themes) {
        String text = "Finding " + run + " " + createdAt;
        jdbc.update("insert into finding (incident_id, text, created_at) values (?, ?, ?)", incident, text, at(createdAt));
        long id = jdbc.queryForObject("select id from finding where text = ?", Long.class, text);
        for (String theme : themes) {
            jdbc.update("insert into finding_theme (finding_id, theme_id) select ?, id from review_theme where name = ?", id, theme);
        }
    }

    private long recommendation(long incident, String createdAt, String due, String impactAt) {
        String text = "Recommendation " + run + " " + createdAt;
        jdbc.update("insert into recommendation (incident_id, text, owner_agency_id, due_date, created_at, evidence_of_impact, impact_recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", incident, text, agency, day(due), at(createdAt),
                impactAt == null ? null : "Audit shows the change", impactAt == null ? null : at(impactAt));
        return jdbc.queryForObject("select id from recommendation where text = ?", Long.class, text);
    }

    /** The plan action the business plan made of a recommendation, with its updates (status at a London time). */
    private void planAction(long recommendation, String... updates) {
        jdbc.update("insert into plan_action (title, status, source_type, source_reference, source_id, created_at)"
                + " values (?, 'NOT_STARTED', 'REVIEW_RECOMMENDATION', 'REF', ?, ?)", "Action " + run + " " + recommendation, recommendation,
                at("2047-06-01T10:00Z"));
        long action = jdbc.queryForObject("select id from plan_action where source_type = 'REVIEW_RECOMMENDATION' and source_id = ?", Long.class,
                recommendation);
        for (String update : updates) {
            String[] statusAt = update.split("@");
            jdbc.update("insert into plan_update (action_id, status, commentary, posted_by, posted_at) values (?, ?, 'Progress', ?, ?)",
                    action, statusAt[0], person, at(statusAt[1]));
        }
    }

    @Test
    void theBeanIsAContributionToTheReviewsSection() {
        assertThat(reviewFigures().section()).isEqualTo(YearlyFigures.Section.REVIEWS);
    }

    @Test
    void aYearOfReviewsInCountsAndThemes() {
        agency = jdbc.queryForObject("select min(id) from organisation", Long.class);
        person = jdbc.queryForObject("select min(id) from user_account", Long.class);

        // Referred at half past midnight on 1 April (London), notified on time, rapid review late, local review published late
        long i1 = incident("1", "SERIOUS_INCIDENT", "2047-04-01T00:30+01:00", "2047-04-08", "NOTIFY", day(2047, 4, 7), "2047-04-07T10:00+01:00");
        rapidReview(i1, "2047-04-29", "2047-05-20", "LOCAL_PRACTICE_REVIEW", "2047-05-27");
        practiceReview(i1, "2047-05-27", "2047-11-20", "2048-01-06", "2048-01-20T10:00Z");
        // Referred the evening before the year; decided on time, in the year, not to notify
        long i2 = incident("2", "SERIOUS_INCIDENT", "2047-03-31T22:00+01:00", "2047-04-07", "DO_NOT_NOTIFY", null, "2047-04-02T10:00+01:00");
        // A care leaver's death; decided late not to notify
        incident("3", "CARE_LEAVER_DEATH", "2047-06-02T10:00+01:00", "2047-06-10", "DO_NOT_NOTIFY", null, "2047-06-24T10:00+01:00");
        // Referred and notified after the year
        incident("4", "SERIOUS_INCIDENT", "2048-04-01T00:30+01:00", "2048-04-08", "NOTIFY", day(2048, 4, 3), "2048-04-03T10:00+01:00");
        // Notified on time; rapid review on time, no further review
        long i5 = incident("5", "SERIOUS_INCIDENT", "2047-09-02T10:00+01:00", "2047-09-09", "NOTIFY", day(2047, 9, 6), "2047-09-06T10:00+01:00");
        rapidReview(i5, "2047-09-27", "2047-09-26", "NO_FURTHER_REVIEW", "2047-10-01");
        // An earlier year's local review: its report sent before the year, published on time five minutes into it
        long i6 = incident("6", "SERIOUS_INCIDENT", "2046-09-02T10:00+01:00", "2046-09-09", "NOTIFY", day(2046, 9, 6), "2046-09-06T10:00+01:00");
        practiceReview(i6, "2046-10-01", "2047-03-29", "2047-04-01", "2047-04-01T00:05+01:00");

        jdbc.update("insert into learning_product (incident_id, kind, title, published_on) values (?, 'LEARNING_BRIEF', ?, ?), (?, 'TRAINING', ?, ?)",
                i1, "Brief " + run, day(2047, 8, 1), i6, "Training " + run, day(2047, 3, 31));
        long brief = jdbc.queryForObject("select id from learning_product where title = ?", Long.class, "Brief " + run);
        long other = jdbc.queryForObject("select max(id) from organisation", Long.class);
        jdbc.update("insert into learning_dissemination (product_id, agency_id, disseminated_on) values (?, ?, ?), (?, ?, ?)",
                brief, agency, day(2047, 8, 5), brief, other, day(2048, 4, 1));

        finding(i1, "2047-05-01T10:00+01:00", "Neglect", "Voice of the child");
        finding(i1, "2047-06-01T10:00+01:00", "Neglect");
        finding(i5, "2047-10-01T10:00+01:00", "Neglect");
        finding(i5, "2048-04-01T00:30+01:00", "Voice of the child"); // after the year
        finding(i2, "2047-11-01T10:00Z");

        long r1 = recommendation(i1, "2047-06-01T10:00+01:00", "2047-12-31", "2048-02-01T10:00Z");
        planAction(r1, "AMBER@2047-07-01T10:00+01:00", "RED@2047-12-01T10:00Z", "GREEN@2048-04-01T00:30+01:00");
        recommendation(i1, "2047-06-02T10:00+01:00", "2048-01-31", null); // never became an action; due in the year
        long r3 = recommendation(i5, "2047-10-02T10:00+01:00", "2048-06-30", null);
        planAction(r3);
        recommendation(i6, "2046-12-01T10:00Z", "2047-06-30", "2047-05-01T10:00+01:00"); // made before the year, impact in it
        long r5 = recommendation(i5, "2048-04-01T00:30+01:00", "2048-06-30", null); // after the year
        planAction(r5, "COMPLETE@2048-04-02T10:00+01:00");

        List<Table> tables = reviewFigures().figures(from, to);

        assertThat(tables).extracting(Table::title).containsExactly("Referrals, notifications and reviews", "Timeliness of statutory steps",
                "Themes", "Recommendations and their progress");
        Table cases = tables.get(0);
        assertThat(cases.headers()).containsExactly("In the period", "Number");
        assertThat(cases.rows()).containsExactly(
                List.of("Referrals received", "3"),
                List.of("Of which the death of a care leaver", "1"),
                List.of("Notified to the National Panel", "2"),
                List.of("Decided not to notify", "2"),
                List.of("Rapid reviews submitted to the National Panel", "2"),
                List.of("Rapid reviews deciding on a local child safeguarding practice review", "1"),
                List.of("Rapid reviews deciding on another learning review", "0"),
                List.of("Rapid reviews deciding on no further review", "1"),
                List.of("Local child safeguarding practice reviews commissioned", "1"),
                List.of("Local child safeguarding practice reviews published", "2"),
                List.of("Learning briefs, 7-minute briefings and training published", "1"),
                List.of("Times an agency disseminated the learning", "1"));

        Table steps = tables.get(1);
        assertThat(steps.headers()).containsExactly("Step", "On time", "Late");
        assertThat(steps.barColumns()).containsExactly(1, 2);
        assertThat(steps.rows()).containsExactly(
                List.of("Notification decisions within 5 working days", "3", "1"),
                List.of("Rapid reviews submitted within 15 working days", "1", "1"),
                List.of("Local practice reviews completed within 6 months", "1", "0"),
                List.of("Publications on or before the planned date", "1", "1"));
        assertThat(steps.notes()).containsExactly("3 statutory steps were taken late in the period.");

        Table themes = tables.get(2);
        assertThat(themes.headers()).containsExactly("Theme", "Reviews", "Findings");
        assertThat(themes.rows()).containsExactly(List.of("Neglect", "2", "3"), List.of("Voice of the child", "1", "1"));
        assertThat(themes.notes()).containsExactly("1 finding recorded in the period had no theme.");

        Table recommendations = tables.get(3);
        assertThat(recommendations.headers()).containsExactly("Recommendations made", "Not a plan action", "Action not started", "Red",
                "Amber", "Green", "Complete", "Evidence of impact recorded");
        assertThat(recommendations.rows()).containsExactly(List.of("3", "1", "1", "1", "0", "0", "0", "1"));
        assertThat(recommendations.barColumns()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(recommendations.notes()).containsExactly(
                "Actions as the business plan recorded them by 31 March " + to.getYear() + ".",
                "1 recommendation made in the period is not a business plan action.",
                "1 recommendation made in the period was due by 31 March " + to.getYear() + " without evidence of impact.",
                "Evidence of impact was recorded in the period for 2 recommendations, 1 of them made before the period.");

        String everything = tables.toString();
        assertThat(identities).isNotEmpty().allSatisfy(identity -> assertThat(everything).doesNotContain(identity));
    }
}
