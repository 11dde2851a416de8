package org.partnershiphub.disagreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.MutableClock;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * Professional disagreements in the yearly report, over a far-off year only this test raises disagreements in, read
 * two months after it ends: by outcome and stage reached, escalated, within every stage's time limit or not (an open
 * stage past its due day counts as outside), and disagreements raised either side of the year left out.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class DisagreementYearlyFiguresTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired List<YearlyFigures> contributions;

    @AfterEach
    void backToNow() {
        clock.set(Instant.now());
    }

    private YearlyFigures disagreements() {
        return contributions.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("DisagreementYearlyFigures"))
                .findFirst().orElseThrow();
    }

    private long disagreement(String raised, String status, int stage, String due) {
        long person = jdbc.queryForObject("select min(id) from user_account", Long.class);
        long agency = jdbc.queryForObject("select min(id) from organisation", Long.class);
        jdbc.update("insert into disagreement (raised_by, raiser_agency_id, other_agency_id, child_reference, theme, concern, outcome_sought, "
                + "status, current_stage, current_due, raised_at, raised_on, closed_at, closed_on) values (?, ?, ?, 'Child Y', 'THRESHOLD', 'Concern', "
                + "'Outcome', ?, ?, ?, current_timestamp, ?, ?, ?)", person, agency, agency, status, stage, Date.valueOf(due), Date.valueOf(raised),
                // a closed case has its closing day, as the service records it (the module's own report reads it)
                status.equals("OPEN") ? null : java.sql.Timestamp.valueOf(due + " 12:00:00"), status.equals("OPEN") ? null : Date.valueOf(due));
        return jdbc.queryForObject("select max(id) from disagreement", Long.class);
    }

    private void step(long disagreement, int stage, String entered, String due, String outcome, String outcomeOn) {
        jdbc.update("insert into disagreement_step (disagreement_id, stage_order, stage_name, working_days, entered_at, entered_on, due_on, "
                + "outcome, outcome_on) values (?, ?, 'Stage', 2, current_timestamp, ?, ?, ?, ?)", disagreement, stage, Date.valueOf(entered),
                Date.valueOf(due), outcome, outcomeOn == null ? null : Date.valueOf(outcomeOn));
    }

    private String stage(int order) {
        return jdbc.queryForList("select name from disagreement_stage where stage_order = ?", String.class, order).stream().findFirst()
                .orElse("Stage " + order);
    }

    @Test
    void theYearCountsItsDisagreementsByOutcomeStageEscalationAndTimeliness() {
        assertThat(contributions).anyMatch(c -> ClassUtils.getUserClass(c).getSimpleName().equals("DisagreementYearlyFigures"));
        assertThat(disagreements().section()).isEqualTo(YearlyFigures.Section.CHALLENGE);
        clock.set(Instant.parse("2032-06-01T12:00:00Z"));
        long inTime = disagreement("2031-05-01", "RESOLVED", 1, "2031-05-05");
        step(inTime, 1, "2031-05-01", "2031-05-05", "RESOLVED", "2031-05-04");
        long lateThenResolved = disagreement("2031-06-01", "RESOLVED", 2, "2031-06-10");
        step(lateThenResolved, 1, "2031-06-01", "2031-06-03", "ESCALATED", "2031-06-05");
        step(lateThenResolved, 2, "2031-06-05", "2031-06-10", "RESOLVED", "2031-06-09");
        long escalatedInTime = disagreement("2031-07-01", "RESOLVED", 2, "2031-07-08");
        step(escalatedInTime, 1, "2031-07-01", "2031-07-03", "ESCALATED_AUTOMATICALLY", "2031-07-03");
        step(escalatedInTime, 2, "2031-07-03", "2031-07-08", "RESOLVED", "2031-07-08");
        long overdue = disagreement("2032-03-01", "OPEN", 1, "2032-03-03");
        step(overdue, 1, "2032-03-01", "2032-03-03", null, null);
        long withdrawn = disagreement("2031-08-01", "WITHDRAWN", 1, "2031-08-03");
        step(withdrawn, 1, "2031-08-01", "2031-08-03", "WITHDRAWN", "2031-08-02");
        long after = disagreement("2032-04-01", "RESOLVED", 1, "2032-04-05");
        step(after, 1, "2032-04-01", "2032-04-05", "RESOLVED", "2032-04-02");
        long before = disagreement("2031-03-31", "OPEN", 1, "2031-04-02");
        step(before, 1, "2031-03-31", "2031-04-02", null, null);

        List<Table> tables = disagreements().figures(LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31));
        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.headers()).containsExactly("Outcome", "Stage reached", "Disagreements", "Escalated at least once",
                    "Within every stage's time limit", "Outside a stage's time limit");
            assertThat(t.rows()).containsExactly(List.of("Resolved", stage(1), "1", "0", "1", "0"), List.of("Resolved", stage(2), "2", "2", "1", "1"),
                    List.of("Still open", stage(1), "1", "0", "0", "1"), List.of("Withdrawn", stage(1), "1", "0", "1", "0"));
            assertThat(t.barColumns()).containsExactly(4, 5);
            assertThat(t.notes()).containsExactly("5 disagreements were raised in the period; 2 escalated.",
                    "1 open disagreement is past its stage's time limit.");
        });
    }

    @Test
    void aYearWithoutDisagreementsGivesAnEmptyTable() {
        assertThat(disagreements().figures(LocalDate.of(2041, 4, 1), LocalDate.of(2042, 3, 31))).singleElement()
                .satisfies(t -> assertThat(t.empty()).isTrue()).satisfies(t -> assertThat(t.notes()).containsExactly("None in the period"));
    }
}
