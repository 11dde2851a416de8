package org.partnershiphub.calendar;

import java.time.LocalDate;

/** A due date and the working days left (negative when overdue). */
public record Deadline(LocalDate due, int workingDaysLeft) {

    public boolean overdue() {
        return workingDaysLeft < 0;
    }

    /** Due today, or within the next two working days: shown with a red flag on the caseload. */
    public boolean urgent() {
        return workingDaysLeft >= 0 && workingDaysLeft <= 2;
    }
}
