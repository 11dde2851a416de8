package org.partnershiphub.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphub.governance.internal.MonthRange;

/** When minutes say a report is due, as they write it. */
class MonthRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "September 2023|2023-09|2023-09",
            "Sept 2023|2023-09|2023-09",
            "sep 2023|2023-09|2023-09",
            "2023-09|2023-09|2023-09",
            "September/October 2023|2023-09|2023-10",
            "Sep-Oct 2023|2023-09|2023-10",
            "September to October 2023|2023-09|2023-10",
            "September or October 2023|2023-09|2023-10",
            "December/January 2024|2023-12|2024-01",
            "December 2023 to January 2024|2023-12|2024-01",
            "  June  /  July 2025 |2025-06|2025-07"})
    void readsMonthsAsMinutesWriteThem(String typed, String from, String to) {
        MonthRange range = MonthRange.parse(typed).orElseThrow();
        assertThat(range.from()).isEqualTo(YearMonth.parse(from));
        assertThat(range.to()).isEqualTo(YearMonth.parse(to));
        assertThat(range.asWritten()).isEqualTo(typed.strip().replaceAll("\\s+", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "Septembre 2023", "2023-13", "October/September 2023 2024", "January 2023 to December 2024",
            "next meeting", "Q3 2023"})
    void refusesWhatIsNotAMonth(String typed) {
        assertThat(MonthRange.parse(typed)).isEmpty();
    }
}
