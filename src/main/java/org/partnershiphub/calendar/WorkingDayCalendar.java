package org.partnershiphub.calendar;

import java.time.LocalDate;

/** Counts working days: not Saturdays or Sundays, not England and Wales bank holidays, not local non-working days. */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The date {@code days} working days after {@code start} (the start day itself is day 0). */
    LocalDate addWorkingDays(LocalDate start, int days);

    /**
     * Working days from {@code today} to {@code due}: positive when due in the future ("due in N working days"),
     * zero when due today, negative when overdue ("N working days overdue").
     */
    int workingDaysUntil(LocalDate today, LocalDate due);

    /** A deadline as people read it: the date and how far away it is in working days. */
    default Deadline deadline(LocalDate due, LocalDate today) {
        return new Deadline(due, workingDaysUntil(today, due));
    }
}
