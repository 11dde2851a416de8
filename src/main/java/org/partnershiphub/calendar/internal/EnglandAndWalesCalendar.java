package org.partnershiphub.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.partnershiphub.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;

/**
 * England and Wales bank holidays from Jollyday's United Kingdom calendar (region "eng", which includes substitute
 * days), cached per year, plus the partnership's local non-working days from the database.
 */
@Service
class EnglandAndWalesCalendar implements WorkingDayCalendar {

    private static final int MAX_SPAN = 3_660;

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final ConcurrentHashMap<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();
    private final LocalNonWorkingDays localDays;

    EnglandAndWalesCalendar(LocalNonWorkingDays localDays) {
        this.localDays = localDays;
    }

    Set<LocalDate> bankHolidays(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> {
            // isHoliday applies the substitute-day rules (e.g. Monday 28 December 2026 for Boxing Day on a Saturday)
            java.util.Set<LocalDate> days = new java.util.HashSet<>();
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                if (holidays.isHoliday(d, "eng")) {
                    days.add(d);
                }
            }
            return java.util.Set.copyOf(days);
        });
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !bankHolidays(date.getYear()).contains(date)
                && !localDays.contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    @Override
    public int workingDaysUntil(LocalDate today, LocalDate due) {
        if (today.equals(due)) {
            return 0;
        }
        boolean forward = today.isBefore(due);
        LocalDate from = forward ? today : due;
        LocalDate to = forward ? due : today;
        int count = 0;
        int span = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to) && span < MAX_SPAN; d = d.plusDays(1), span++) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return forward ? count : -count;
    }
}
