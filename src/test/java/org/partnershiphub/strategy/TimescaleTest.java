package org.partnershiphub.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.partnershiphub.shared.Quarter;
import org.partnershiphub.strategy.internal.Timescale;

/** Timescales as plans write them, and the financial quarters they fall in. */
class TimescaleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "31/03/2025|DATE|31 March 2025|2025-03-31",
            "1/4/2025|DATE|1 April 2025|2025-04-01",
            "2025-03-31|DATE|31 March 2025|2025-03-31",
            "31 March 2025|DATE|31 March 2025|2025-03-31",
            "29/02/2024|DATE|29 February 2024|2024-02-29",
            "Sept 2019|MONTH|September 2019|2019-09-30",
            "sept. 2019|MONTH|September 2019|2019-09-30",
            "Jan 2019|MONTH|January 2019|2019-01-31",
            "February 2025|MONTH|February 2025|2025-02-28",
            "Q3 2024-25|QUARTER|Q3 2024-25|2024-12-31",
            "q4 2024/25|QUARTER|Q4 2024-25|2025-03-31",
            "Q1 2024-2025|QUARTER|Q1 2024-25|2024-06-30"})
    void understoodTimescalesHaveADueDate(String written, Timescale.Kind kind, String shown, LocalDate due) {
        Timescale timescale = Timescale.parse(written).orElseThrow();
        assertThat(timescale.kind()).isEqualTo(kind);
        assertThat(timescale.text()).isEqualTo(shown);
        assertThat(timescale.dueDate()).isEqualTo(due);
    }

    @Test
    void recurringAndOngoingWorkHasNoDueDate() {
        assertThat(Timescale.parse("Quarterly").orElseThrow().hasDueDate()).isFalse();
        assertThat(Timescale.parse(" ongoing ").orElseThrow().kind()).isEqualTo(Timescale.Kind.ONGOING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "30/02/2024", "29/02/2025", "32/01/2025", "13/13/2025", "Smarch 2025", "Q5 2024-25",
            "Q3 2024-26", "soon", "", "2025", "31/03/25", "1/1/1850"})
    void impossibleOrUnclearTimescalesAreRefused(String written) {
        assertThat(Timescale.parse(written)).as(written).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"June 2018 to", "By", "2018 onwards", "2018-19", "June 2018 to March 2019", "soon", "Smarch 2025", "2025"})
    void wordingPlansUseIsKeptAsWrittenWithNoDueDate(String written) {
        Timescale kept = Timescale.asWritten("  " + written + " ").orElseThrow();
        assertThat(kept.kind()).isEqualTo(Timescale.Kind.AS_WRITTEN);
        assertThat(kept.text()).isEqualTo(written);
        assertThat(kept.hasDueDate()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "30/02/2024", "32/01/2025", "13/13/2025", "2025-02-30", "31 February 2025", ""})
    void anImpossibleDateIsStillRefusedWhenKeepingWording(String written) {
        assertThat(Timescale.asWritten(written)).as(written).isEmpty();
    }

    @Test
    void whatCanBeReadIsStillRead() {
        assertThat(Timescale.asWritten("Sept 2019").orElseThrow().kind()).isEqualTo(Timescale.Kind.MONTH);
        assertThat(Timescale.asWritten("x".repeat(201))).isEmpty();
    }

    @Test
    void quartersFollowTheFinancialYear() {
        assertThat(Quarter.of(LocalDate.of(2026, 11, 24))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.of(LocalDate.of(2027, 3, 31))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 4).start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new Quarter(2026, 4).end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 3).label()).isEqualTo("Q3 2026-27");
        assertThat(new Quarter(2099, 3).label()).isEqualTo("Q3 2099-00");
    }
}
