package org.partnershiphub.yearlyreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures;
import org.partnershiphub.shared.YearlyFigures.Table;

/**
 * The yearly report's stacked bars: drawn to one scale per table from the numbers the cells start with; a column named
 * for a RAG rating is drawn in that rating's colour, whatever its place.
 */
class ChartsTest {

    @Test
    void barsShareOneScaleAndSkipEmptySegments() {
        Table table = new Table("Actions by status at the end of the year", List.of("Priority", "Completed", "On track", "Off track", "Note"),
                List.of(List.of("Neglect", "30", "10", "0", "x"), List.of("A priority with a name far longer than the chart has room for", "5 (25%)", "1,000", "n/a", "y")),
                List.of(), List.of(1, 2, 3));
        Charts.Chart chart = Charts.chart(table);
        assertThat(chart.keys()).extracting(Charts.Key::label).containsExactly("Completed", "On track", "Off track");
        assertThat(chart.bars()).hasSize(2);
        // the second row totals 1,005, the largest: its bar fills the width; the first (40) is drawn to the same scale
        Charts.Bar second = chart.bars().get(1);
        assertThat(second.segments()).hasSize(2);
        Charts.Segment last = second.segments().get(1);
        assertThat(last.x() + last.width()).isEqualTo(Charts.LABEL_WIDTH + Charts.BAR_WIDTH);
        Charts.Bar first = chart.bars().get(0);
        assertThat(first.segments()).hasSize(2);
        assertThat(first.segments().get(0).width()).isEqualTo(30 * Charts.BAR_WIDTH / 1005);
        assertThat(second.label()).hasSize(Charts.MAX_LABEL).endsWith("…");
        assertThat(chart.height()).isEqualTo(2 * Charts.ROW_HEIGHT + 8);
    }

    @Test
    void noChartWithoutBarColumnsOrWithNothingToDraw() {
        assertThat(Charts.chart(Table.of("t", List.of("a", "b"), List.of(List.of("x", "3")), List.of()))).isNull();
        assertThat(Charts.chart(new Table("t", List.of("a", "b"), List.of(List.of("x", "0")), List.of(), List.of(1)))).isNull();
        assertThat(Charts.leadingNumber("12")).isEqualTo(12);
        assertThat(Charts.leadingNumber(" 1,204 actions")).isEqualTo(1204);
        assertThat(Charts.leadingNumber("–")).isZero();
        assertThat(Charts.leadingNumber(null)).isZero();
    }

    @Test
    void ragColumnsAreDrawnInTheirOwnColoursAndNoOtherColumnLooksLikeARating() {
        YearlyFigures.Table scorecard = new YearlyFigures.Table("Scorecard indicators by RAG",
                List.of("Quarter", "Indicators", "Green: on target", "Amber: within tolerance", "Red: off track"),
                List.of(List.of("Q1 2025-26", "10", "1", "3", "6")), List.of(), List.of(2, 3, 4));
        Charts.Chart chart = Charts.chart(scorecard);
        assertThat(chart.keys()).extracting(Charts.Key::colour).containsExactly(Charts.GREEN, Charts.AMBER, Charts.RED);
        assertThat(chart.bars().get(0).segments()).extracting(Charts.Segment::colour).containsExactly(Charts.GREEN, Charts.AMBER, Charts.RED);

        assertThat(Charts.colours(List.of("Red", "Amber", "Green", "No rating"))).containsExactly(Charts.RED, Charts.AMBER, Charts.GREEN, "#1d70b8");
        assertThat(Charts.colours(List.of("Not a plan action", "Action not started", "Red", "Amber", "Green", "Complete")))
                .containsExactly("#1d70b8", "#4c2c92", Charts.RED, Charts.AMBER, Charts.GREEN, "#28a197");
        assertThat(Charts.colours(List.of("Standards rated red", "Standards rated amber", "Standards rated green")))
                .containsExactly(Charts.RED, Charts.AMBER, Charts.GREEN);
        // a chart with no rating keeps the palette in order; "Referred" is not "red"
        assertThat(Charts.colours(List.of("On time", "Late", "Referred"))).containsExactly("#1d70b8", "#f47738", "#00703c");
    }
}
