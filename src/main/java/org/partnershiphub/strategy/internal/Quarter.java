package org.partnershiphub.strategy.internal;

import java.time.LocalDate;

/**
 * A quarter of the partnership's financial year (April to March), the rhythm of business plan updates:
 * Q1 is April to June. {@code new Quarter(2024, 3)} is "Q3 2024-25", October to December 2024.
 */
public record Quarter(int financialYear, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        int month = date.getMonthValue();
        int year = month >= 4 ? date.getYear() : date.getYear() - 1;
        int number = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return new Quarter(year, number);
    }

    public LocalDate start() {
        int month = 4 + (number - 1) * 3;
        return month > 12 ? LocalDate.of(financialYear + 1, month - 12, 1) : LocalDate.of(financialYear, month, 1);
    }

    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(financialYear + 1, 1) : new Quarter(financialYear, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(financialYear - 1, 4) : new Quarter(financialYear, number - 1);
    }

    /** "Q3 2024-25", as people write it. */
    public String label() {
        return "Q" + number + " " + financialYear + "-" + String.format("%02d", (financialYear + 1) % 100);
    }

    /** A compact sortable key stored with an action's status, e.g. {@code 2024Q3}. */
    public String key() {
        return financialYear + "Q" + number;
    }
}
