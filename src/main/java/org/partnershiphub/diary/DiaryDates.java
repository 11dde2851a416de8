package org.partnershiphub.diary;

import java.time.LocalDate;
import java.util.List;

/** What other modules may read of the dates for the diary: those on or after a day, soonest first. */
public interface DiaryDates {

    /** One date as people read it: what, its kind in words, its first and last day, a line of detail and a web address (or nulls). */
    record Entry(String title, String kind, LocalDate startsOn, LocalDate endsOn, String details, String link) {
    }

    /** Dates that have not ended by {@code from} and start on or before {@code to}, soonest first. */
    List<Entry> between(LocalDate from, LocalDate to);
}
