package org.partnershiphub.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The business plan's figures for the yearly report 2031-32: per priority and planned work, actions complete and red,
 * amber, green or unrated as their latest update by 31 March 2032 (London time) left them, updates with evidence in
 * the year, and the notes on red, silent and overdue actions. A plan of the following year, updates before the year
 * and updates after it are not counted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanYearlyFiguresTest {

    static final LocalDate FROM = LocalDate.of(2031, 4, 1);
    static final LocalDate TO = LocalDate.of(2032, 3, 31);
    static final String LONG_STATEMENT = "Children living with domestic abuse are seen as victims in their own right by every agency, "
            + "and every agency responds in a way that keeps them safe, hears what they say about their lives, records it, shares it "
            + "with the partners who need to know, and checks that what was done made a difference for them.";

    @Autowired List<YearlyFigures> contributions;
    @Autowired JdbcTemplate jdbc;

    String run;
    long person;

    @BeforeEach
    void person() {
        run = Long.toString(System.nanoTime(), 36);
        person = jdbc.queryForObject("select min(id) from user_account", Long.class);
    }

    private long plan(String title, int firstYear) {
        jdbc.update("insert into plan (title, first_year, last_year, status, version_label, created_at) values (?, ?, ?, 'AGREED', '1.0', ?)",
                title, firstYear, firstYear + 1, OffsetDateTime.parse("2031-01-01T09:00:00Z"));
        return jdbc.queryForObject("select id from plan where title = ?", Long.class, title);
    }

    private long priority(long plan, String code, String statement, int position) {
        jdbc.update("insert into plan_priority (plan_id, code, title, statement, position) values (?, ?, ?, ?, ?)",
                plan, code, "Priority " + code, statement, position);
        return jdbc.queryForObject("select id from plan_priority where plan_id = ? and code = ?", Long.class, plan, code);
    }

    private long action(long plan, Long priority, String title, LocalDate due) {
        jdbc.update("insert into plan_action (plan_id, priority_id, title, due_date, status, created_at) values (?, ?, ?, ?, 'NOT_STARTED', ?)",
                plan, priority, title + " " + run, due, OffsetDateTime.parse("2031-01-01T09:00:00Z"));
        return jdbc.queryForObject("select id from plan_action where title = ?", Long.class, title + " " + run);
    }

    /** An update posted at a London local time with an offset, e.g. 2032-03-31T22:00+01:00. */
    private void update(long action, String status, String postedAt, String evidence) {
        jdbc.update("insert into plan_update (action_id, status, commentary, evidence_link, posted_by, posted_at) values (?, ?, ?, ?, ?, ?)",
                action, status, "Progress " + status, evidence, person, OffsetDateTime.parse(postedAt));
    }

    private YearlyFigures planFigures() {
        return contributions.stream().filter(f -> AopUtils.getTargetClass(f).getSimpleName().equals("PlanYearlyFigures")).findFirst().orElseThrow();
    }

    private Table table(List<Table> tables, String planTitle) {
        return tables.stream().filter(t -> t.title().equals("Progress on each priority: " + planTitle)).findFirst().orElseThrow();
    }

    @Test
    void theBeanIsAContributionToThePrioritiesSection() {
        YearlyFigures figures = planFigures();
        assertThat(figures.section()).isEqualTo(YearlyFigures.Section.PRIORITIES);
    }

    @Test
    void eachPriorityAsTheYearLeftIt() {
        String title = "Business plan 2031-32 " + run;
        long plan = plan(title, 2031);
        long p1 = priority(plan, "P1", LONG_STATEMENT, 1);
        long p2 = priority(plan, "P2", null, 2);

        long a1 = action(plan, p1, "Audit", LocalDate.of(2032, 6, 30));
        update(a1, "GREEN", "2031-06-01T10:00+01:00", "https://evidence.example/a1");
        update(a1, "RED", "2032-03-31T22:00+01:00", null); // the last evening of the year
        update(a1, "GREEN", "2032-04-01T00:30+01:00", "https://evidence.example/late"); // London's 1 April: after the year
        long a2 = action(plan, p1, "Thresholds", LocalDate.of(2031, 9, 30));
        update(a2, "COMPLETE", "2031-05-10T10:00+01:00", null);
        action(plan, p1, "Training needs analysis", LocalDate.of(2031, 12, 31)); // never updated: overdue, no rating
        long a4 = action(plan, p1, "Assurance reports", TO); // due on the last day: not overdue
        update(a4, "AMBER", "2031-03-31T12:00+01:00", "https://evidence.example/before"); // before the year

        long b1 = action(plan, p2, "Family Help", null);
        update(b1, "RED", "2031-04-01T00:10+01:00", "https://evidence.example/b1"); // London's 1 April: in the year
        long b2 = action(plan, p2, "Early help", LocalDate.of(2031, 6, 30)); // green but not complete: overdue
        update(b2, "GREEN", "2031-10-01T10:00+01:00", "https://evidence.example/b2");
        update(b2, "AMBER", "2032-04-02T10:00+01:00", "https://evidence.example/after");

        long c1 = action(plan, null, "Publish the arrangements", LocalDate.of(2031, 5, 1));
        update(c1, "COMPLETE", "2031-11-11T10:00Z", "https://evidence.example/c1");

        long next = plan("Business plan 2032-33 " + run, 2032); // starts the day after the year ends
        long n1 = action(next, priority(next, "N1", "Next year", 1), "Next year's action", LocalDate.of(2031, 6, 1));
        update(n1, "RED", "2032-02-01T10:00Z", "https://evidence.example/n1");

        List<Table> tables = planFigures().figures(FROM, TO);

        assertThat(tables).extracting(Table::title).doesNotContain("Progress on each priority: Business plan 2032-33 " + run);
        Table table = table(tables, title);
        assertThat(table.headers()).containsExactly("Priority", "Statement", "Actions", "Completed", "Red", "Amber", "Green", "No rating",
                "Updates with evidence in the period");
        assertThat(table.barColumns()).containsExactly(4, 5, 6, 7);
        assertThat(table.rows()).hasSize(3);
        List<String> first = table.rows().get(0);
        assertThat(first.get(0)).isEqualTo("P1");
        assertThat(first.get(1)).hasSizeLessThanOrEqualTo(200).endsWith("…").startsWith("Children living with domestic abuse");
        assertThat(first.subList(2, 9)).containsExactly("4", "1", "1", "1", "0", "1", "1");
        assertThat(table.rows().get(1)).containsExactly("P2", "Priority P2", "2", "0", "1", "0", "1", "0", "2");
        assertThat(table.rows().get(2)).containsExactly("Planned work", "Actions without a priority", "1", "1", "0", "0", "0", "0", "1");
        assertThat(table.notes()).containsExactly(
                "1 action under priority P1 was rated red at the end of the period.",
                "1 action under priority P2 was rated red at the end of the period.",
                "2 actions not complete had no progress update in the period.",
                "2 actions were overdue at the end of the period (due before 31 March 2032 and not complete).");
    }

    @Test
    void aDraftPlanWithoutActionsSaysSo() {
        String title = "Draft plan " + run;
        long plan = plan(title, 2031);
        jdbc.update("update plan set status = 'DRAFT', version_label = '0.1' where id = ?", plan);
        priority(plan, "D1", "Something to do", 1);

        Table table = table(planFigures().figures(FROM, TO), title + " 2031-32");

        assertThat(table.rows()).containsExactly(List.of("D1", "Something to do", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(table.notes()).containsExactly("This plan is a draft (version 0.1): it has not been agreed.", "The plan has no actions.");
    }

    @Test
    void recommendationActionsByTheirStatusAtTheEndOfADay(@Autowired PlanActions actions) {
        String source = "TEST_" + run;
        jdbc.update("insert into plan_action (title, status, source_type, source_reference, source_id, created_at)"
                + " values ('One', 'GREEN', ?, 'R1', 1, ?), ('Two', 'NOT_STARTED', ?, 'R2', 2, ?), ('Three', 'COMPLETE', ?, 'R3', 3, ?)",
                source, OffsetDateTime.parse("2031-01-01T09:00:00Z"), source, OffsetDateTime.parse("2031-01-01T09:00:00Z"),
                source, OffsetDateTime.parse("2031-01-01T09:00:00Z"));
        long one = jdbc.queryForObject("select id from plan_action where source_type = ? and source_id = 1", Long.class, source);
        long three = jdbc.queryForObject("select id from plan_action where source_type = ? and source_id = 3", Long.class, source);
        update(one, "AMBER", "2032-03-01T10:00Z", null);
        update(one, "GREEN", "2032-04-01T00:30+01:00", null); // after the day
        update(three, "COMPLETE", "2032-03-31T23:30+01:00", null);

        assertThat(actions.statusesAt(source, List.of(1L, 2L, 3L, 4L), TO))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("AMBER", 1, "NOT_STARTED", 1, "COMPLETE", 1));
        assertThat(actions.statusesAt(source, List.of(), TO)).isEmpty();
    }
}
