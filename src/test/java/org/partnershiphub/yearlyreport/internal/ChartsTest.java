package org.partnershiphub.yearlyreport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.YearlyFigures.Table;

/** The yearly report's stacked bars: drawn to one scale per table from the numbers the cells start with. */
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
}
