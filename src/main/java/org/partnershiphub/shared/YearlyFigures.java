package org.partnershiphub.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What one module tells the statutory yearly report about a reporting period: tables of figures drawn from its own
 * records for one of the report's sections. Modules contribute these as beans; the yearly report gathers them, shows
 * them live while the report is a draft and keeps them as they stood when the three lead partners signed it off.
 * Contributions read with aggregate queries (a report covers a year of 20,000 plan actions and 500 review cases).
 */
public interface YearlyFigures {

    /** The report's sections, in the order the report prints them. */
    enum Section {
        PRIORITIES, REVIEWS, QUALITY_ASSURANCE, SCORECARD, TRAINING, CHALLENGE, VOICE, SCRUTINY
    }

    /** The section the tables belong to. */
    Section section();

    /** Where the tables go within their section (lower first). */
    int order();

    /** The tables for the period from {@code from} to {@code to}, both days included. */
    List<Table> figures(LocalDate from, LocalDate to);

    /**
     * One table as people read it, in plain English: a title, column headings and rows of cells (already formatted, the
     * same number of cells as headings); notes are flags the business unit should read, such as "3 actions had no
     * update in the year". {@code barColumns} names the columns (0-based, numeric cells) drawn as stacked bars per row
     * above the table; empty for a table without a chart.
     */
    record Table(String title, List<String> headers, List<List<String>> rows, List<String> notes, List<Integer> barColumns) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
            barColumns = List.copyOf(barColumns);
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException(title + ": a row has " + row.size() + " cells for " + headers.size() + " headings");
                }
            }
        }

        /** A table without a chart. */
        public static Table of(String title, List<String> headers, List<List<String>> rows, List<String> notes) {
            return new Table(title, headers, rows, notes, List.of());
        }

        public boolean empty() {
            return rows.isEmpty();
        }
    }
}
