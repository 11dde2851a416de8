package org.partnershiphub.reviews.internal;

import java.time.LocalDate;

import org.partnershiphub.calendar.WorkingDayCalendar;

/**
 * The final report goes to the National Panel and the Secretary of State at least 7 working days before publication:
 * the report must be sent on or before the date 7 working days before the publication date, counted back on the
 * working-day calendar. When publication falls on a weekend or bank holiday this is not the same as "publication on
 * or after sending + 7 working days": sent on Thursday 3 December 2026, publication on Saturday 12 December is in time.
 */
public final class PublicationRule {

    public static final int WORKING_DAYS_BEFORE_PUBLICATION = 7;

    private final WorkingDayCalendar calendar;

    public PublicationRule(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day the final report may be sent for a publication on {@code publication}. */
    public LocalDate latestSending(LocalDate publication) {
        return calendar.workingDaysBefore(publication, WORKING_DAYS_BEFORE_PUBLICATION);
    }

    /** Whether a report sent on {@code sent} may be published on {@code publication}. */
    public boolean allows(LocalDate sent, LocalDate publication) {
        return !sent.isAfter(latestSending(publication));
    }

    /** The first day a report sent on {@code sent} may be published (it may itself be a weekend or bank holiday). */
    public LocalDate earliestPublication(LocalDate sent) {
        LocalDate publication = calendar.addWorkingDays(sent, WORKING_DAYS_BEFORE_PUBLICATION - 1);
        while (!allows(sent, publication)) {
            publication = publication.plusDays(1);
        }
        return publication;
    }
}
