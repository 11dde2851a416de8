package org.partnershiphub.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershiphub.calendar.WorkingDayCalendar;

/**
 * "The final report is sent at least 7 working days before publication": sent on or before publication minus 7
 * working days, counted back on the working-day calendar. On a weekend or bank holiday publication this allows what
 * "publication on or after sent + 7 working days" refused. The calendar here is weekends plus the England and Wales
 * bank holidays of 2025 to 2027 (with substitute days) as listed in the domain notes.
 */
class PublicationRuleTest {

    /** The working-day calendar's own counting (its default method), on the listed bank holidays. */
    static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar() {
        private final Set<LocalDate> bankHolidays = Set.of(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
                LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int days) {
            return start.datesUntil(start.plusYears(1)).filter(this::isWorkingDay).filter(d -> d.isAfter(start))
                    .skip(days - 1L).findFirst().orElseThrow();
        }

        @Override
        public int workingDaysUntil(LocalDate today, LocalDate due) {
            throw new UnsupportedOperationException();
        }
    };

    final PublicationRule rule = new PublicationRule(ENGLAND_AND_WALES);

    @ParameterizedTest(name = "published {0}: sent on or before {1}")
    @CsvSource({
            // A working day: the same as sent + 7 working days
            "2026-12-10, 2026-12-01",
            // Saturday and Monday after: both counted back to Thursday 3 December
            "2026-12-12, 2026-12-03",
            "2026-12-14, 2026-12-03",
            // Christmas 2026: Friday 25 December and the substitute Monday 28 December are not counted
            "2026-12-29, 2026-12-16",
            "2026-12-28, 2026-12-16",
            // Easter 2026: Good Friday 3 April and Easter Monday 6 April
            "2026-04-07, 2026-03-25",
            "2026-04-06, 2026-03-25",
            // New Year 2027: 1 January, Christmas Day and the substitute Monday 28 December are not counted
            "2027-01-04, 2026-12-21",
    })
    void theReportIsSentAtLeast7WorkingDaysBeforePublication(LocalDate publication, LocalDate latestSending) {
        assertThat(rule.latestSending(publication)).isEqualTo(latestSending);
        assertThat(rule.allows(latestSending, publication)).isTrue();
        assertThat(rule.allows(latestSending.plusDays(1), publication)).isFalse();
    }

    @Test
    void aWeekendPublicationIsNotPushedToTheNextWorkingDay() {
        // Sent Thursday 3 December 2026: sent + 7 working days is Monday 14 December, yet Saturday 12 December is in time
        LocalDate sent = LocalDate.of(2026, 12, 3);
        assertThat(ENGLAND_AND_WALES.addWorkingDays(sent, 7)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(rule.allows(sent, LocalDate.of(2026, 12, 12))).isTrue();
        assertThat(rule.allows(sent, LocalDate.of(2026, 12, 11))).isFalse();
        assertThat(rule.earliestPublication(sent)).isEqualTo(LocalDate.of(2026, 12, 12));
        // Sent Wednesday 16 December 2026: the substitute bank holiday Monday 28 December is in time, as is Christmas Day
        assertThat(rule.allows(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(rule.earliestPublication(LocalDate.of(2026, 12, 16))).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void theEarliestPublicationIsTheFirstDayTheRuleAllows() {
        Random random = new Random(13);
        for (int i = 0; i < 500; i++) {
            LocalDate sent = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(2 * 365));
            LocalDate earliest = rule.earliestPublication(sent);
            assertThat(rule.allows(sent, earliest)).as("sent %s", sent).isTrue();
            assertThat(rule.allows(sent, earliest.minusDays(1))).as("sent %s", sent).isFalse();
        }
    }
}
