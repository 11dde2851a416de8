package org.partnershiphub.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershiphub.audit.AuditTrail;

/** Deadline arithmetic around weekends, Christmas, Easter and substitute bank holidays in England. */
class WorkingDayCalendarTest {

    static EnglandAndWalesCalendar calendar(List<LocalNonWorkingDay> localDays) {
        LocalNonWorkingDayRepository repository = mock(LocalNonWorkingDayRepository.class);
        when(repository.findAll()).thenReturn(localDays);
        return new EnglandAndWalesCalendar(new LocalNonWorkingDays(repository, mock(AuditTrail.class)));
    }

    final EnglandAndWalesCalendar calendar = calendar(List.of());

    @ParameterizedTest(name = "{0} is a bank holiday")
    @CsvSource({"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"})
    void englandAndWalesBankHolidaysAreNotWorkingDays(LocalDate date) {
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "7 working days before {0} is {1}")
    @CsvSource({"2026-12-10, 2026-12-01", "2026-12-12, 2026-12-03", "2026-12-29, 2026-12-16", "2026-04-07, 2026-03-25",
            "2028-01-04, 2027-12-21"})
    void countingBackOverWeekendsAndBankHolidays(LocalDate date, LocalDate before) {
        assertThat(calendar.workingDaysBefore(date, 7)).isEqualTo(before);
    }

    @Test
    void boxingDay2026FallsOnASaturdaySoMonday28thIsTheSubstitute() {
        assertThat(calendar.bankHolidays(2026)).contains(LocalDate.of(2026, 12, 28)).doesNotContain(LocalDate.of(2026, 12, 29));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void englandHasExactlyEightBankHolidaysEachYear() {
        assertThat(calendar.bankHolidays(2025)).hasSize(8);
        assertThat(calendar.bankHolidays(2026)).hasSize(8);
        assertThat(calendar.bankHolidays(2027)).hasSize(8);
    }

    @ParameterizedTest(name = "aware {0} + {1} working days = {2}")
    @CsvSource({
            // the statutory example: aware Friday 19 December 2025, notification due Tuesday 30 December 2025
            "2025-12-19, 5, 2025-12-30",
            // an ordinary week: Monday + 5 = next Monday
            "2025-11-03, 5, 2025-11-10",
            // over Easter 2026 (Good Friday 3 April, Easter Monday 6 April)
            "2026-04-01, 5, 2026-04-10",
            // over Christmas 2026 with the substitute day for Boxing Day (28 December)
            "2026-12-23, 5, 2027-01-04",
            // a rapid review: 15 working days after a notification sent on Monday 1 December 2025
            "2025-12-01, 15, 2025-12-22",
            // over the 2027 double substitute (27 and 28 December)
            "2027-12-24, 1, 2027-12-29",
            // starting on a Saturday
            "2026-11-21, 1, 2026-11-23",
            "2026-11-24, 0, 2026-11-24"})
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void countsWorkingDaysLeftAndOverdue() {
        LocalDate due = LocalDate.of(2025, 12, 30);
        assertThat(calendar.workingDaysUntil(LocalDate.of(2025, 12, 19), due)).isEqualTo(5);
        assertThat(calendar.workingDaysUntil(due, due)).isZero();
        assertThat(calendar.workingDaysUntil(LocalDate.of(2026, 1, 2), due)).isEqualTo(-2);
        assertThat(calendar.deadline(due, LocalDate.of(2025, 12, 24)).urgent()).isTrue();
        assertThat(calendar.deadline(due, LocalDate.of(2026, 1, 5)).overdue()).isTrue();
    }

    @Test
    void localNonWorkingDaysAreSkipped() {
        EnglandAndWalesCalendar withClosure = calendar(List.of(new LocalNonWorkingDay(LocalDate.of(2025, 12, 29), "Council closure day")));
        assertThat(withClosure.addWorkingDays(LocalDate.of(2025, 12, 19), 5)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void addingWorkingDaysAlwaysLandsOnAWorkingDayAndCountsBackTheSame() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 500; i++) {
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1000));
            int days = 1 + random.nextInt(40);
            LocalDate due = calendar.addWorkingDays(start, days);
            assertThat(calendar.isWorkingDay(due)).as("%s + %d", start, days).isTrue();
            assertThat(calendar.workingDaysUntil(start, due)).as("%s + %d", start, days).isEqualTo(days);
        }
    }
}
