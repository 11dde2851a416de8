package org.partnershiphub.calendar;

import java.time.LocalDate;

/** Counts working days: not Saturdays or Sundays, not England and Wales bank holidays, not local non-working days. */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The date {@code days} working days after {@code start} (the start day itself is day 0). */
    LocalDate addWorkingDays(LocalDate start, int days);

    /**
     * The date {@code days} working days before {@code date} (the date itself is day 0, whether or not it is a working
     * day): "at least 7 working days before publication" means on or before {@code workingDaysBefore(publication, 7)}.
     */
    default LocalDate workingDaysBefore(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

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
