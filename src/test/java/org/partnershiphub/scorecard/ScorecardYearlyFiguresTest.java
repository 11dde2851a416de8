package org.partnershiphub.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

/**
 * The scorecard's tables for the yearly report, over a far-off year only this test puts figures in: each quarter's
 * indicators by RAG with the scorecard's own polarity rules, figures of the quarters either side of the year and of
 * an inactive indicator left out, and every indicator at the latest quarter with a figure, with its travel.
 */
@SpringBootTest
class ScorecardYearlyFiguresTest {

    static final LocalDate FROM = LocalDate.of(2031, 4, 1);
    static final LocalDate TO = LocalDate.of(2032, 3, 31);

    @Autowired JdbcTemplate jdbc;
    @Autowired List<YearlyFigures> contributions;

    String run = Long.toString(System.nanoTime(), 36).substring(0, 6).toUpperCase();

    private YearlyFigures scorecard() {
        return contributions.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("ScorecardYearlyFigures")).findFirst().orElseThrow();
    }

    private long indicator(String code, String unit, String polarity, String target, String tolerance, boolean active) {
        long owner = jdbc.queryForObject("select id from organisation where name = 'Riverside Academy Trust'", Long.class);
        jdbc.update("insert into sc_indicator (code, title, priority_group, owner_agency_id, unit, polarity, target, tolerance, frequency, "
                + "position, active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'QUARTERLY', 9000, ?, current_timestamp)",
                code + run, "Yearly " + code, "Yearly " + run, owner, unit, polarity, target == null ? null : new java.math.BigDecimal(target),
                tolerance == null ? null : new java.math.BigDecimal(tolerance), active);
        return jdbc.queryForObject("select id from sc_indicator where code = ?", Long.class, code + run);
    }

    private void figure(long indicator, String quarterKey, String value) {
        jdbc.update("insert into sc_figure (indicator_id, quarter_key, figure_value, status, entered_by, entered_at) "
                + "values (?, ?, ?, 'SUBMITTED', (select min(id) from user_account), current_timestamp)",
                indicator, quarterKey, new java.math.BigDecimal(value));
    }

    @Test
    void eachQuarterOfTheYearCountsItsIndicatorsByRagAndTheLatestShowsEachIndicator() {
        assertThat(contributions).anyMatch(c -> ClassUtils.getUserClass(c).getSimpleName().equals("ScorecardYearlyFigures"));
        YearlyFigures figures = scorecard();
        assertThat(figures.section()).isEqualTo(YearlyFigures.Section.SCORECARD);

        long trained = indicator("YA", "PERCENT", "HIGHER_IS_BETTER", "90", "5", true);
        long days = indicator("YB", "DAYS", "LOWER_IS_BETTER", "10", "2", true);
        long count = indicator("YC", "NUMBER", "HIGHER_IS_BETTER", null, null, true);
        long missing = indicator("YD", "PERCENT", "HIGHER_IS_BETTER", "50", null, true);
        long retired = indicator("YE", "PERCENT", "HIGHER_IS_BETTER", "50", null, false);
        figure(trained, "2031Q3", "92");  // green
        figure(trained, "2031Q4", "87");  // amber: within 5 below 90, down and worse
        figure(days, "2031Q4", "15");     // red: more than 2 days above 10
        figure(count, "2031Q4", "4");     // no target
        figure(trained, "2030Q4", "10");  // January to March 2031: before the year
        figure(missing, "2032Q1", "10");  // April to June 2032: after it
        figure(retired, "2031Q4", "10");  // an inactive indicator
        int active = jdbc.queryForObject("select count(*) from sc_indicator where active = true", Integer.class);

        List<Table> tables = figures.figures(FROM, TO);
        assertThat(tables).hasSize(2);
        Table byRag = tables.get(0);
        assertThat(byRag.headers()).containsExactly("Quarter", "Indicators", "Green: on target", "Amber: within tolerance", "Red: off track",
                "Figure with no target", "No figure");
        assertThat(byRag.barColumns()).containsExactly(2, 3, 4);
        assertThat(byRag.rows()).containsExactly(
                List.of("Q3 2031-32", "" + active, "1", "0", "0", "0", "" + (active - 1)),
                List.of("Q4 2031-32", "" + active, "0", "1", "1", "1", "" + (active - 3)));
        assertThat(byRag.notes()).contains("No figures were entered for Q1 2031-32.", "No figures were entered for Q2 2031-32.",
                "Q4 2031-32: " + (active - 3) + " of " + active + " indicators had no figure.");

        Table latest = tables.get(1);
        assertThat(latest.title()).isEqualTo("Scorecard indicators at Q4 2031-32");
        assertThat(latest.headers()).containsExactly("Priority", "Indicator", "Owner", "Figure", "Target", "RAG", "Since last quarter");
        List<List<String>> ours = latest.rows().stream().filter(r -> r.get(0).equals("Yearly " + run)).toList();
        assertThat(ours).containsExactly(
                List.of("Yearly " + run, "YA" + run + " Yearly YA", "Riverside Academy Trust", "87%", "90% or more", "Amber: within tolerance",
                        "Down, worse"),
                List.of("Yearly " + run, "YB" + run + " Yearly YB", "Riverside Academy Trust", "15 days", "10 days or less", "Red: off track",
                        "No earlier figure"),
                List.of("Yearly " + run, "YC" + run + " Yearly YC", "Riverside Academy Trust", "4", "No target", "No RAG", "No earlier figure"),
                List.of("Yearly " + run, "YD" + run + " Yearly YD", "Riverside Academy Trust", "No figure", "50% or more", "No RAG",
                        "No earlier figure"));
        assertThat(latest.rows()).hasSize(active);
        assertThat(latest.notes()).singleElement().asString().startsWith("No figure for Q4 2031-32: ").contains("YD" + run + " Yearly YD")
                .doesNotContain("YA" + run).doesNotContain("YE" + run);
    }

    @Test
    void aYearWithoutFiguresGivesEmptyTables() {
        List<Table> tables = scorecard().figures(LocalDate.of(2041, 4, 1), LocalDate.of(2042, 3, 31));
        assertThat(tables).hasSize(2).allMatch(Table::empty);
        assertThat(tables.get(0).notes()).containsExactly("None in the period");
        assertThat(scorecard().figures(LocalDate.of(2041, 4, 2), LocalDate.of(2041, 6, 29))).allMatch(Table::empty); // no quarter ends in it
    }
}
